import {loadModelConfig, parsePage} from '@kmportal/model';
import {cardCodes, cardRegistry, resolveCard} from '../index.js';
import {prototypePage} from '../../../model/test/abuse/prototype-names.js';

// Issue 18 (1): `owner="__proto__"` without a units.yml crashed rendering: the card named the owner
// `Object.prototype`, which React cannot render.
const LINKS = {sdgBasePath: '/sdg', nexusBasePath: '/nexus'};

test.each([
  ['without registries', '/nonexistent'],
  ['with registries', `${__dirname}/../../../../test/fixtures/mini-site/docs`],
])('prototype-named codes resolve to their own text %s', (_, docsDir) => {
  const {config} = loadModelConfig({docsDir});
  const {items} = parsePage({path: 'plan.md', value: prototypePage()}, config);
  const registry = JSON.parse(JSON.stringify(cardRegistry(config, items)));
  const cards = items.map((item) => resolveCard(cardCodes(item, LINKS), registry));
  const texts = cards.flatMap((card) => [
    card.status.label,
    card.status.color,
    ...card.owners.map((owner) => owner.name),
    ...card.nexus.map((area) => area.title),
  ]);
  expect(texts.every((text) => typeof text === 'string')).toBe(true);
  expect(cards[0]!.owners).toEqual([
    {code: 'constructor', name: 'constructor'},
    {code: '__proto__', name: '__proto__'},
  ]);
  const unknownStatus = resolveCard(
    {...cardCodes(items[0]!, LINKS), status: 'constructor', response: 'toString'},
    registry,
  );
  expect(unknownStatus.status.label).toBe('constructor');
  expect(unknownStatus.response).toEqual({value: 'toString', label: 'toString'});
});
