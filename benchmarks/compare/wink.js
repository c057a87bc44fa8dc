// wink-nlp's full pipeline on one file: tokens, sentences, part of speech, entities, sentiment (what the README's
// comparison times). Prints counts so the work cannot be skipped.
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
const its = nlp.its;
const text = fs.readFileSync(process.argv[2], 'utf8');
const doc = nlp.readDoc(text);
const pos = doc.tokens().out(its.pos);
const sentiments = doc.sentences().out(its.sentiment);
const entities = doc.entities().out(its.detail);
console.log(JSON.stringify({ tokens: pos.length, sentences: sentiments.length, entities: entities.length }));
