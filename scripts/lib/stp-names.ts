// The names people know for STPs. ONS names differ from the board paper's for six STPs
// (PROVENANCE.md); we show the paper's and keep the ONS one alongside. Short names are for
// map labels and compact tables, where a 48-character name does not fit.
export const PAPER_NAMES: Record<string, string> = {
  E54000005: 'West Yorkshire and Harrogate',
  E54000010: 'Staffordshire and Stoke on Trent',
  E54000024: 'Bedfordshire, Luton and Milton Keynes',
  E54000042: 'Hampshire and Isle of Wight',
  E54000036: 'Cornwall and Isles of Scilly',
  E54000040: 'Bath and North East Somerset, Swindon and Wiltshire',
};

export const SHORT_NAMES: Record<string, string> = {
  E54000005: 'West Yorks & Harrogate',
  E54000009: 'South Yorks & Bassetlaw',
  E54000010: 'Staffs & Stoke',
  E54000011: 'Shropshire, Telford & Wrekin',
  E54000015: 'Leicester, Leics & Rutland',
  E54000016: 'Black Country',
  E54000019: 'Hereford & Worcs',
  E54000021: 'Cambs & Peterborough',
  E54000023: 'Suffolk & NE Essex',
  E54000024: 'Beds, Luton & MK',
  E54000025: 'Herts & West Essex',
  E54000036: 'Cornwall & Scilly',
  E54000039: 'Bristol, N Somerset & S Glos',
  E54000040: 'BaNES, Swindon & Wilts',
  E54000042: 'Hampshire & IoW',
  E54000044: 'Bucks, Oxon & Berks West',
  E54000048: 'Lancs & South Cumbria',
};
