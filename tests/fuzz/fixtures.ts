// Small pages written for the fuzz harness: a news story in English, one in French with
// guillemets and speech dashes, one in German with „…“, one with the markup a reader never sees
// (its words, HIDDEN_WORDS, must never reach a digest). Mutations of these are the fuzz inputs.
import { HIDDEN_WORDS as H } from './invariants';

const page = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>.x{content:"${H.style}"}</style><script>var s = "${H.script}";</script></head>` +
  `<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>` +
  `<main><article><h1>${title}</h1><p class="byline">By Lena Ford</p>${body}</article></main>` +
  `<template><p>The mayor said “${H.template} is the plan” to everyone who asked.</p></template>` +
  `<noscript><p>${H.noscript} said the council.</p></noscript>` +
  `<footer><p>© Halden Post</p></footer></body></html>`;

export const FIXTURES: { name: string; html: string }[] = [
  {
    name: 'harbour (en)',
    html: page(
      'en',
      'Council votes to expand the harbour',
      `<p>PORT HALDEN — The city council voted on Tuesday to expand the harbour, over the objections of fishing crews who say the plan will cost them their moorings.</p>
<p>“We will build it, and we will build it well,” said Mayor Ana Kovar, who has backed the plan since 2024. “The port has waited long enough.”</p>
<div hidden><p>${H.hidden} said the council would never agree to this plan.</p></div>
<p>Tomas Brenner, a spokesman for the Halden Fishers Union, said the union opposes the expansion. “Our boats will have nowhere to go,” he said.</p>
<p style="display:none">“${H.displayNone} is what we want,” said Ana Kovar in a hidden paragraph.</p>
<figure><img src="a.jpg" alt=""><figcaption>The harbour at dawn. Photo by Jo Marsh / Getty Images</figcaption></figure>
<p>The Ministry of Transport said in a statement that it would review the decision before the end of the year.</p>
<p aria-hidden="true">Nobody said anything at all about the harbour.</p>
<p>“This is not the end of it,” Brenner told reporters after the vote. "We will go to court if we have to," he added.</p>
<blockquote><p>“A harbour is a promise to the next generation,” Kovar wrote on Facebook.</p></blockquote>
<p>Council member Ida Strand, who voted against, said the city had ignored the crews. ‘They were never asked,’ she said.</p>`,
    ),
  },
  {
    name: 'port (fr)',
    html: page(
      'fr',
      'Le conseil vote l’agrandissement du port',
      `<p>Le conseil municipal a voté mardi l’agrandissement du port, malgré l’opposition des pêcheurs.</p>
<p>« Nous allons le construire, et bien », a déclaré la maire Ana Kovar, qui soutient le projet depuis 2024.</p>
<p>— Nos bateaux n’auront plus de place, a dit Tomas Brenner, porte-parole du syndicat des pêcheurs. — Nous irons au tribunal.</p>
<p>Le ministère des Transports a indiqué qu’il examinerait la décision, selon un communiqué publié mercredi soir après une longue réunion avec les élus de la ville.</p>
<p>Les pêcheurs du port, qui travaillent depuis des générations sur ces quais, affirment que personne ne les a consultés avant le vote du conseil municipal.</p>
<p>« Ce n’est pas la fin de l’histoire », a affirmé Brenner devant les journalistes, à la sortie de la mairie, en promettant de nouvelles actions dans les semaines à venir.</p>
<p>La conseillère Ida Strand, qui a voté contre, estime que la ville « a ignoré les équipages » et demande une étude indépendante sur les conséquences du projet pour la pêche locale.</p>`,
    ),
  },
  {
    name: 'hafen (de)',
    html: page(
      'de',
      'Rat stimmt für Hafenausbau',
      `<p>Der Stadtrat hat am Dienstag den Ausbau des Hafens beschlossen, gegen den Widerstand der Fischer.</p>
<p>„Wir werden ihn bauen, und zwar gut“, sagte Bürgermeisterin Ana Kovar, die den Plan seit 2024 unterstützt.</p>
<p>Tomas Brenner von der Fischergewerkschaft sagte, die Gewerkschaft lehne den Ausbau ab. »Unsere Boote haben keinen Platz mehr«, sagte er.</p>
<p>Das Verkehrsministerium erklärte am Mittwochabend, es werde die Entscheidung des Stadtrats prüfen, bevor die Bauarbeiten im kommenden Frühjahr beginnen können.</p>
<p>Die Fischer des Hafens, die seit Generationen an diesen Kais arbeiten, sagen, niemand habe sie vor der Abstimmung gefragt oder ihre Sorgen angehört.</p>
<p>„Das ist noch nicht das Ende“, sagte Brenner nach der Sitzung vor Journalisten und kündigte weitere Proteste in den kommenden Wochen an.</p>
<p>Stadträtin Ida Strand, die dagegen gestimmt hatte, forderte eine unabhängige Studie über die Folgen des Projekts für die örtliche Fischerei und den Tourismus.</p>`,
    ),
  },
];
