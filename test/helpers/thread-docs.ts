// Three short documents of one commitment through time, written for the thread tests: a motion proposing that
// Tierp join Klimatkommunerna, the council's decision granting it, and the press release announcing it.
export const MOTION = {
  name: 'tierp-motion-klimatkommunerna-2024.txt', published: '2024-02-12',
  text: 'Motion om medlemskap i Klimatkommunerna\n\nTierp den 12 februari 2024\n\n' +
    'Klimatkommunerna är en förening för kommuner som arbetar aktivt med klimatfrågor och delar med sig av sina erfarenheter.\n\n' +
    'Med anledning av ovanstående föreslår vi att kommunfullmäktige beslutar\n\n' +
    'att Tierps kommun ansöker om medlemskap i Klimatkommunerna.\n\nAnna Berg (MP)\n',
};
export const DECISION = {
  name: 'tierp-kf-protokoll-2024-06-17.txt', published: '2024-06-17',
  text: 'Protokoll från kommunfullmäktige i Tierps kommun den 17 juni 2024\n\n§ 84 Svar på motion om medlemskap i Klimatkommunerna\n\n' +
    'Kommunfullmäktige beslutar att bifalla motionen. Tierps kommun ska gå med i Klimatkommunerna från och med den 1 september 2024.\n',
};
export const PRESS = {
  name: 'tierp-pressmeddelande-klimatkommunerna.txt', published: '2024-09-03',
  text: 'Tierp är nu medlem i Klimatkommunerna\n\nPressmeddelande 3 september 2024\n\n' +
    'Tierps kommun har blivit medlem i föreningen Klimatkommunerna. – Vi vill lära av andra kommuner och bidra med det vi kan, ' +
    'säger Erik Lund (S), kommunstyrelsens ordförande i Tierp.\n',
};
