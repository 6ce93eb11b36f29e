import type {SdgLocale} from './locale.js';

// Function words only: they carry no topic, and dropping them lets `access to water` match
// `access to safe water` as `access water` (phrases are matched on the remaining words).
const WORDS: Record<SdgLocale, string> = {
  en: `a about above after again against all also am an and any are as at be because been before
    below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up upon very was we were what when
    where which while who whom why will with within would you your yours yourself yourselves its
    via per thus hence whether among amongst whose may might must shall us it's`,
  fr: `a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur
    leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se
    ses son sur ta te tes toi ton tu un une vos votre vous y été être avoir ont est sont était
    étaient sera seront fait ainsi afin dont entre lors vers chez sans sous selon tout tous toute
    toutes très plus moins aussi car donc or ni si cela ceci celle celles celui ceux il elle`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее
    мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был
    него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней
    для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того
    потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем
    всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про
    всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том
    нельзя такой им более всегда конечно всю между также это эта являются является а также`,
};

const SETS = new Map<SdgLocale, Set<string>>();

/** The function words of `locale`, lower case. */
export function stopwords(locale: SdgLocale): Set<string> {
  let set = SETS.get(locale);
  if (!set) {
    set = new Set(WORDS[locale].split(/\s+/).filter(Boolean));
    SETS.set(locale, set);
  }
  return set;
}
