// Word lists for the synthetic corpus: the vocabulary of evaluation follow-ups, action plans and minutes.
export const STATUSES = [
  'not-started',
  'planned',
  'ongoing',
  'ongoing',
  'delayed',
  'completed',
  'completed',
  'continuing',
  'cancelled',
];
export const TYPES = [
  'strategy',
  'action-plan',
  'evaluation',
  'meeting',
  'handover-note',
  'mission-report',
  'guidance',
];
export const UNITS = [
  {code: 'OES', name: 'Office of the Executive Secretary'},
  {code: 'PMU', name: 'Programme Management Unit'},
  {code: 'SD', name: 'Statistical Division'},
  {code: 'ECTD', name: 'Economic Cooperation and Trade Division'},
  {code: 'ENV', name: 'Environment Division'},
  {code: 'FHLM', name: 'Forests, Land and Housing Division'},
  {code: 'SET', name: 'Sustainable Energy Division'},
  {code: 'TRANS', name: 'Sustainable Transport Division'},
  {code: 'ITU', name: 'Information Technology Unit'},
  {code: 'KMU', name: 'Knowledge Management Unit'},
];
export const NEXUS = [
  {slug: 'natural-resources', title: 'Sustainable use of natural resources'},
  {slug: 'smart-cities', title: 'Sustainable and smart cities for all ages'},
  {slug: 'mobility-connectivity', title: 'Sustainable mobility and smart connectivity'},
  {slug: 'measuring-sdgs', title: 'Measuring and monitoring progress towards the SDGs'},
];
export const TARGETS = [
  '1',
  '3.6',
  '5.5',
  '6',
  '6.5',
  '6.a',
  '7.2',
  '7.3',
  '8.2',
  '9.1',
  '9.4',
  '11',
  '11.1',
  '11.2',
  '11.3',
  '11.6',
  '12.2',
  '12.5',
  '13.2',
  '15.2',
  '16.6',
  '16.7',
  '16.10',
  '17',
  '17.14',
  '17.16',
  '17.17',
  '17.18',
  '17.19',
];
export const TITLES = [
  'Strengthen',
  'Review',
  'Publish',
  'Update',
  'Organise',
  'Establish',
  'Prepare',
  'Develop',
  'Report on',
  'Integrate',
  'Align',
  'Evaluate',
  'Coordinate',
  'Support',
  'Promote',
  'Monitor',
  'Document',
  'Share',
];
export const WORDS = (
  'the secretariat member states committee executive working party division unit focal point report recommendation ' +
  'management response implementation progress evaluation strategy action plan knowledge sharing institutional memory ' +
  'staff handover debriefing mission meeting minutes decision conclusion follow-up budget programme subprogramme ' +
  'resolution mandate capacity building technical cooperation statistics indicators monitoring housing urban ' +
  'transport road safety energy efficiency water convention environment forests trade standards innovation ' +
  'partnership regional commission agenda sustainable development goals nexus cross-sectoral collaboration ' +
  'integrated approach guidance template workshop training webinar database website publication survey ' +
  'consultation stakeholders donors extrabudgetary resources deadline timeline quarter year planned ongoing ' +
  'completed delayed review lessons learned good practice peer exchange network community of practice ' +
  'coordination mechanism reform resident coordinator country team inter-agency cooperation framework ' +
  'gender equality youth ageing smart cities connectivity mobility natural resources circular economy ' +
  'digitalisation data information systems archive records retention policy handbook manual procedure'
).split(' ');
