// Prints the given names of @faker-js/faker's locales for South Asia, Africa, South-East Asia
// and Türkiye, one per line: names news from those regions uses and the nam_dict lacks
// ("Narendra", "Bola", "Uhuru"). Run from the unpacked package:
//     npm pack @faker-js/faker@8.4.1 && tar xzf faker-js-faker-8.4.1.tgz
//     node lexicon/sources/faker_first_names.js package > faker-first-names.txt
const path = require("path");
const { allLocales } = require(path.resolve(process.argv[2], "dist/cjs/index.js"));
const locales = ["en_IN", "ne", "en_NG", "yo_NG", "en_GH", "zu_ZA", "en_ZA", "id_ID", "tr"];
const names = new Set();
for (const l of locales) {
  const person = allLocales[l] && allLocales[l].person;
  if (!person) continue;
  for (const field of ["first_name", "male_first_name", "female_first_name"]) {
    const v = person[field];
    if (!v) continue;
    const list = Array.isArray(v) ? v : [...(v.generic || []), ...(v.male || []), ...(v.female || [])];
    for (const n of list) names.add(n);
  }
}
console.log([...names].sort().join("\n"));
