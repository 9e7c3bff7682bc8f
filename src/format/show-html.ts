/**
 * `newsx show --html`: ONE self-contained page (inline CSS, no script, no font, no image, nothing fetched) with a
 * section per story: the metadata, the body with every quote highlighted in its speaker's colour (hover: Qn,
 * speaker, role, verb, via), the attribution underlined, entity mentions marked by type (hover: the entity the
 * mention was merged into), and a side panel listing speakers and entities.
 *
 * Every piece of story text goes through escapeHtml; the page also forbids scripts and fetches through its
 * Content-Security-Policy, as a second lock. Pure: the page is start() + section()... + end(), so the CLI can
 * write each story's section as soon as it is read.
 */
import type { Entity, EntityType, ErrorRecord, Meta, Story } from "../types.js";
import { escapeHtml, visibleControls } from "./escape.js";
import { buildView, ENTITY_TYPES, explanation, nest, type Annotation, type Block, type QuoteInfo, type SpeakerInfo, type StoryView } from "./show-model.js";

export interface ShowHtmlOptions {
  /** Also show reported speech (kind "indirect"). */
  indirect?: boolean;
}

/** Highlight colours for speakers (light, so black text stays readable); they repeat after the tenth. */
export const SPEAKER_BACKGROUNDS = [
  "#cfe6ff", "#ffd3e6", "#fff0a8", "#cdf3c9", "#e2d6ff", "#ffd9bd", "#c4f0ec", "#eedcc4", "#d9dcff", "#f7cccc",
];
const SPEAKER_EDGES = [
  "#2f6db5", "#b53a7a", "#a38400", "#3a8a32", "#6a4bc4", "#c0631b", "#1f8c83", "#8a6434", "#4b55c4", "#b33c3c",
];

const TYPE_LABEL: Record<EntityType, { one: string; many: string }> = {
  person: { one: "person", many: "People" },
  organization: { one: "organisation", many: "Organisations" },
  place: { one: "place", many: "Places" },
};

/**
 * Text of the story, made safe: control characters shown as pictures, markup characters escaped, a lone carriage
 * return made a line feed (the same line break to a browser, which reads CR as LF; but a page printed in a
 * terminal would otherwise draw the rest of the line over its start).
 */
const text = (value: string): string => escapeHtml(visibleControls(value)).replace(/\r(?!\n)/g, "\n");

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 Georgia,"Times New Roman",serif;color:#1d1d1f;background:#fafaf7}
header.page{padding:12px 24px;font:13px/1.4 system-ui,sans-serif;color:#555;border-bottom:1px solid #ddd;background:#fff}
section.story{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:28px;padding:24px;border-bottom:4px solid #e4e4e0}
section.story>h2{grid-column:1/-1;margin:0;font:600 13px/1.4 system-ui,sans-serif;color:#666}
article{max-width:46em;padding-left:1.8em}
dl.meta{display:grid;grid-template-columns:6em 1fr;gap:2px 12px;margin:0 0 20px;font:14px/1.5 system-ui,sans-serif}
dl.meta dt{color:#777}dl.meta dd{margin:0}
dl.meta dd.headline{font:700 22px/1.3 Georgia,serif}
.missing{color:#aaa}
dl.meta dd.headline .missing{font:14px system-ui,sans-serif}
p.para{position:relative;margin:0 0 14px}
p.para .n{position:absolute;left:-2.6em;width:2em;text-align:right;font:11px/2.2 system-ui,sans-serif;color:#aaa;user-select:none}
.q{border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.q[data-n]::before{content:"Q" attr(data-n);font:600 10px system-ui,sans-serif;vertical-align:super;color:#555;margin-right:2px}
.q.none{background:#ececec;outline:1px dashed #999}
.none.swatch{background:#ececec;border:1px dashed #999}
.attr{text-decoration:underline 2px;text-underline-offset:3px}
.ent{border-bottom:2px dotted}
.ent.person{font-weight:700;border-color:#1f5fbf}
.ent.organization{font-style:italic;border-color:#b06000}
.ent.place{border-bottom-style:dashed;border-color:#1d7f4e}
aside{font:14px/1.45 system-ui,sans-serif;align-self:start;position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;background:#fff;border:1px solid #e0e0dc;border-radius:6px;padding:12px 16px}
aside h3{margin:12px 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#666}
aside h3:first-child{margin-top:0}
aside h4{margin:10px 0 4px;font-size:13px}
aside ul{list-style:none;margin:0;padding:0}
aside li{margin:3px 0}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-1px;margin-right:6px}
.count{color:#666;font-variant-numeric:tabular-nums}
.detail{color:#777;font-size:12px;margin-left:1.2em}
.legend span{margin-right:8px}
.error{grid-column:1/-1;color:#a00;font:14px system-ui,sans-serif}
@media (max-width:800px){section.story{grid-template-columns:1fr}aside{position:static;max-height:none}}
`;

function speakerCss(): string {
  return SPEAKER_BACKGROUNDS.map(
    (bg, i) => `.s${i}.q{background:${bg}}.s${i}.attr{text-decoration-color:${SPEAKER_EDGES[i]}}.s${i}.swatch{background:${bg};border:1px solid ${SPEAKER_EDGES[i]}}`,
  ).join("\n");
}

/** The page up to the first story. */
export function htmlStart(title = "newsx show"): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsx show">
<title>${text(title)}</title>
<style>${CSS}${speakerCss()}
</style>
</head>
<body>
<header class="page">newsx show · quotes highlighted in their speaker's colour (hover for speaker, role and verb) ·
<span class="attr">attribution underlined</span> · <span class="ent person">person</span> ·
<span class="ent organization">organisation</span> · <span class="ent place">place</span></header>
<main>
`;
}

/** The page after the last story. */
export function htmlEnd(): string {
  return "</main>\n</body>\n</html>\n";
}

/** One story's section: its file name, the annotated story and the side panel. `index` is 0-based. */
export function htmlSection(story: Story, file: string, index: number, options: ShowHtmlOptions = {}): string {
  const view = buildView(story, { indirect: options.indirect ?? false });
  return `<section class="story" id="story-${index + 1}" data-file="${text(file)}">
<h2>${text(file)}</h2>
<article>
${metaList(story.meta, view)}
${view.paragraphs.length === 0 ? '<p class="missing">(no body paragraphs found)</p>' : view.paragraphs.map(paragraph).join("\n")}
</article>
${sidePanel(view, story.entities)}
</section>
`;
}

/** An input that could not be read keeps its place in the page, with the reason. */
export function htmlErrorSection(record: ErrorRecord, index: number): string {
  return `<section class="story failed" id="story-${index + 1}" data-file="${text(record.file)}">
<h2>${text(record.file)}</h2>
<p class="error">${text(record.error.code)}: ${text(record.error.message)}</p>
</section>
`;
}

/** The whole page for a list of stories (what the CLI writes piece by piece). */
export function showHtml(stories: readonly { file: string; story: Story }[], options: ShowHtmlOptions = {}): string {
  return htmlStart() + stories.map((s, i) => htmlSection(s.story, s.file, i, options)).join("") + htmlEnd();
}

function metaList(meta: Meta, view: StoryView): string {
  const value = (v: string | null) => (v ? text(v) : '<span class="missing">–</span>');
  const headline = view.headline ? blockHtml(view.headline) : value(meta.headline);
  const rows: [string, string, string][] = [
    ["Headline", headline, "headline"],
    ["Byline", value(meta.byline), "byline"],
    ["Dateline", value(meta.dateline), "dateline"],
    ["Date", value(meta.date), "date"],
    ["Credit", value(meta.credit), "credit"],
  ];
  return `<dl class="meta">${rows.map(([label, html, cls]) => `<dt>${label}</dt><dd class="${cls}">${html}</dd>`).join("")}</dl>`;
}

function paragraph(block: Block): string {
  return `<p class="para" data-paragraph="${block.paragraph}"><span class="n">${block.paragraph}</span>${blockHtml(block)}</p>`;
}

/** A block's segments as properly nested elements (an annotation split by a crossing one is opened again). */
function blockHtml(block: Block): string {
  let html = "";
  for (const event of nest(block.segments)) {
    if (event.type === "text") html += text(event.text);
    else if (event.type === "open") html += openTag(event.annotation, event.reopened);
    else html += "</span>";
  }
  return html;
}

function speakerClass(speaker: SpeakerInfo): string {
  return speaker.colour < 0 ? "none" : `s${speaker.colour % SPEAKER_BACKGROUNDS.length}`;
}

function openTag(a: Annotation, reopened: boolean): string {
  if (a.kind === "quote") {
    const q = a.quote;
    // data-n (first piece only) shows "Qn" through CSS generated content, so copying the text does not copy it.
    const first = reopened ? "" : ` data-n="${q.number}"`;
    return `<span class="q ${speakerClass(q.speaker)}" data-q="${q.number}"${first} data-speaker="${text(q.speaker.name ?? "")}" title="${text(quoteTitle(q))}">`;
  }
  if (a.kind === "attribution") {
    return `<span class="attr ${speakerClass(a.quote.speaker)}" title="${text(`attribution of Q${a.quote.number}`)}">`;
  }
  const e = a.entity;
  return `<span class="ent ${e.type}" title="${text(entityTitle(e))}">`;
}

function quoteTitle({ number, quote }: QuoteInfo): string {
  const parts = [`Q${number}`, quote.speaker ?? "speaker not stated"];
  if (quote.role) parts.push(quote.role);
  parts.push(quote.verb ? `verb: ${quote.verb}` : "no verb");
  if (quote.via) parts.push(`via ${quote.via}`);
  parts.push(quote.kind);
  parts.push(explanation(quote));
  return parts.join(" · ");
}

function entityTitle(e: Entity): string {
  const also = e.aliases.length > 0 ? ` (also: ${e.aliases.join(", ")})` : "";
  return `${e.name} · ${TYPE_LABEL[e.type].one}${also}`;
}

function sidePanel(view: StoryView, entities: readonly Entity[]): string {
  const speakers =
    view.speakers.length === 0
      ? '<p class="missing">no quotes found</p>'
      : `<ul class="speakers">${view.speakers
          .map(
            (s) =>
              `<li data-speaker="${text(s.name ?? "")}"><span class="swatch ${speakerClass(s)}"></span>${s.name ? text(s.name) : '<i>not stated</i>'} <span class="count">${s.count}</span> <span class="detail">${s.quotes.map((n) => `Q${n}`).join(" ")}</span></li>`,
          )
          .join("")}</ul>`;
  const groups = ENTITY_TYPES.map((type) => {
    const ofType = entities.filter((e) => e.type === type);
    if (ofType.length === 0) return "";
    const items = ofType
      .map((e) => {
        const details: string[] = [];
        if (e.aliases.length > 0) details.push(`also: ${text(e.aliases.join(", "))}`);
        if (e.titles.length > 0) details.push(`titles: ${text(e.titles.join(", "))}`);
        return `<li class="entity" data-type="${type}"><span class="ent ${type}">${text(e.name)}</span> <span class="count">${e.count}</span>${details.map((d) => `<div class="detail">${d}</div>`).join("")}</li>`;
      })
      .join("");
    return `<h4>${TYPE_LABEL[type].many} <span class="count">${ofType.length}</span></h4><ul>${items}</ul>`;
  }).join("");
  return `<aside>
<h3>Speakers</h3>
${speakers}
<h3>Entities</h3>
${groups || '<p class="missing">none found</p>'}
</aside>`;
}
