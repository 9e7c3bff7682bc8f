/**
 * The words page furniture is made of. Each rule names a kind of block and holds wording used by many sites
 * (share buttons, "Advertisement", "Related stories", cookie and copyright lines), never one site's own text.
 * Whole-line rules only fire on short lines, so a paragraph that happens to start with "Share" stays body.
 */
import type { BlockKind } from "../../types.js";

export interface PhraseMatch {
  kind: BlockKind;
  /** The line is a heading after which the story is over (related links, comments, copyright). */
  endsStory: boolean;
  /** The line says the story goes on after it ("Story continues below advertisement"). */
  continues?: boolean;
}

interface Rule {
  kind: BlockKind;
  endsStory: boolean;
  continues?: boolean;
  /** Longest line (in words) the rule applies to. */
  maxWords: number;
  pattern: RegExp;
}

const SOCIAL = String.raw`(?:facebook|twitter|linkedin|reddit|whatsapp|pinterest|messenger|flipboard|pocket|buffer|tumblr|telegram|email|e-mail|mail|print|sms|copy link|copy this link|google\+?|fb|pin|tweet|share|x)`;

/** "All rights reserved" in the languages of the pages. */
const RIGHTS = String.raw`(?:all rights reserved|todos os direitos reservados|todos los derechos reservados|tutti i diritti riservati|alle rechte vorbehalten|tous droits réservés)`;

const RULES: Rule[] = [
  // Sharing
  { kind: "share", endsStory: false, maxWords: 8, pattern: new RegExp(String.raw`^(?:${SOCIAL}[\s,|/•·]*){1,8}$`, "i") },
  { kind: "share", endsStory: false, maxWords: 12, pattern: /^(?:share|sharing|shares)\b.{0,60}$/i },
  { kind: "share", endsStory: false, maxWords: 10, pattern: /^(?:\d[\d.,]*k?\s+)?(?:shares?|comments?|views?|likes?)$/i },
  { kind: "share", endsStory: false, maxWords: 10, pattern: /^(?:close share panel|read more about sharing\.?|these are external links and will open in a new window|show more sharing options|addthis sharing buttons|email me|e-mail this|print this article.*|share it with friends)$/i },
  // Adverts and self-promotion
  { kind: "advert", endsStory: false, maxWords: 8, pattern: /^(?:advertisement|advertising|advertisements?\s*[-–—:].*|adverts?|ad|ads|sponsored(?: content| links?| stories)?|anzeige|publicidade|publicité|publicidad|pubblicità|reklama|adchoices|ad choices|click to skip ad|skip ad|スポンサードリンク|»\s*publicidade)$/i },
  { kind: "advert", endsStory: false, maxWords: 40, pattern: /^(?:sign up\b|subscribe\b|get (?:our|the) .{0,40}newsletter|newsletter\b|join (?:our|the) .{0,30}(?:newsletter|mailing list)|download (?:the|our) .{0,20}app|click here\b|want more\b.{0,40}\?$|receive (?:the )?latest\b|get breaking news alerts|let our news meet your inbox|enter your email|stay up to date\b|never miss\b)/i },
  { kind: "advert", endsStory: false, maxWords: 60, pattern: /^if you (?:enjoyed|liked|like|value|appreciate) (?:this|our|reading)\b|\bdelivered (?:right |straight )?to (?:you|your inbox)\b|^(?:support|become a member|join) .{0,40}\b(?:journalism|membership|subscribers?)\b|^(?:stay (?:current|informed|up to date)|get (?:the|our) .{0,40}(?:app|alerts|newsletter))\b/i },
  { kind: "advert", endsStory: false, maxWords: 45, pattern: /\bsubscribe (?:to|now|today|here|for)\b|^join our\b|^no spam\b|^(?:get|receive) (?:breaking|the latest|our latest|exclusive)\b/i },
  { kind: "share", endsStory: false, maxWords: 12, pattern: /^(?:like|enjoy|enjoyed|love) this (?:story|article|post)\?/i },
  // A membership pitch and an advert's marker inside the story: "Want more stories like this? Become a member ...",
  // "Don't miss a story.", "Continue Reading Below", "Story continues below advertisement". A pitch speaks to the
  // reader in the site's voice: a line that reports someone's words ("Become a member of the club, Lund said") is
  // the story's.
  { kind: "advert", endsStory: false, maxWords: 40, pattern: /^(?!.*\b(?:said|says|told|tells|added|adds|according to)\b)(?:want more\b[^.?!]{0,40}\?|become a (?:member|subscriber|supporter|patron)\b|don['’]t miss (?:a|another|out)\b)/i },
  { kind: "advert", endsStory: false, continues: true, maxWords: 8, pattern: /^(?:continue reading below|(?:story|article) continues (?:below|after)(?: (?:this |the )?(?:ad|advert|advertisement))?)$/i },
  { kind: "related", endsStory: false, maxWords: 40, pattern: /^[([]?(?:related|also on [\w.-]+|read more|read also|see also|more|also|watch|video|listen|recommended|leggi anche(?: su)?|lees ook|lire aussi|leia também|lesen sie auch|lea también|читайте также)\s?[:|]\s?\S|^(?:also )?on [\w-]+\.[a-z]{2,}\b/i },
  // An author's note that points to their social accounts; the confirmation texts of a sign-up form.
  { kind: "advert", endsStory: false, maxWords: 60, pattern: /\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram)\b|\bactivation link\b/i },
  // The notice under a form (a comment box, a newsletter sign-up).
  { kind: "footer", endsStory: false, maxWords: 40, pattern: /\bprotected by recaptcha\b/i },
  { kind: "footer", endsStory: true, maxWords: 8, pattern: /^no comments yet\b|^be the first to comment\b/i },
  { kind: "footer", endsStory: true, maxWords: 14, pattern: /^(?:lascia un commento|deixe (?:um|seu) comentário|deja (?:un|tu) comentario|laisser un commentaire|schreibe einen kommentar|kommentar schreiben|you must be logged in to (?:post|leave) a comment|devi essere connesso per inviare un commento)\b/i },
  { kind: "footer", endsStory: false, maxWords: 60, pattern: /\b(?:utilizziamo i cookie|wir verwenden cookies|diese website verwendet cookies|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies|usamos cookies|este site utiliza cookies|este sitio (?:web )?utiliza cookies)\b/i },
  { kind: "advert", endsStory: false, maxWords: 12, pattern: /\bsubscri(?:be|bed|ption)\b|\bnewsletter\b/i },
  { kind: "advert", endsStory: false, maxWords: 30, pattern: /\b(?:thanks? (?:you )?for signing up|opt-in box|keep an eye on your inbox|see all newsletters|sign(?:ing)? up for (?:our|the|a) .{0,30}newsletter)\b|^i agree (?:that|to)\b/i },
  { kind: "share", endsStory: false, maxWords: 14, pattern: /^click to (?:share|email|print|tweet)\b|\(opens in (?:a )?new window\)$/i },
  { kind: "related", endsStory: false, maxWords: 30, pattern: /\[\s?(?:INSIGHT|VIDEO|REACTION|PICTURES|PHOTOS|REVEAL|ANALYSIS|LATEST|POLL|REPORT|NEWS|LIVE)\s?\]\s?\|?$|^see more\s?:/ },
  { kind: "advert", endsStory: false, maxWords: 25, pattern: /^follow\b.{0,60}\b(?:on|at) (?:twitter|facebook|instagram|youtube|linkedin)\b/i },
  { kind: "advert", endsStory: false, maxWords: 12, pattern: /^follow (?:us|@\S+|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,3})$/iu },
  // Captions and credits
  { kind: "caption", endsStory: false, maxWords: 60, pattern: /^(?:image|media|video|photo|picture) caption\b/i },
  { kind: "caption", endsStory: false, maxWords: 12, pattern: /^(?:media playback is unsupported on your device|this slideshow requires javascript\.?|(?:image|photo|slide) \d+ of \/? ?\d*|\d+ ?\/ ?\d+|back to gallery|view (?:all|gallery|photos?)(?: \(\d+\))?|caption|close|enlarge this image|toggle caption|hide caption|expand|view image|video \d+:\d+(?: \d+:\d+)?|watch:? .{0,40}video|play video|replay|more videos ?\.{0,3}|just watched|must watch|up next:?|\(\d+ videos\))$/i },
  { kind: "credit", endsStory: false, maxWords: 14, pattern: /^(?:image|photo|picture)s? ?(?:copyright|credit|source|courtesy)\b/i },
  { kind: "credit", endsStory: false, maxWords: 14, pattern: /^\(?(?:photo|image|picture|foto|credit|photograph)s?(?: by)?\s?[:|]/i },
  // Links to other stories inside the body ("Read More" after a teaser): not the end of the story
  { kind: "related", endsStory: false, maxWords: 4, pattern: /^(?:read more|read also|see also|more:?|also read)\s*[:.…]*$/i },
  // Navigation
  { kind: "navigation", endsStory: false, maxWords: 8, pattern: /^(?:skip to (?:main )?(?:content|navigation)|skip navigation|pular para o conteúdo|zum inhalt springen|aller au contenu|menu|main menu|close menu|open menu|toggle navigation|navigation|search|home|homepage|log ?in|sign ?in|log ?out|sign ?out|register|my account|account|back to top|top|previous(?: post| story| article)?|next(?: post| story| article)?|prev|older post|newer post|← previous story|newer story →|print article|text size|order reprints|continue reading(?: the main story)?|read (?:the )?full (?:story|article)|back|more|less|show more|load more|see all|view all|go|submit|cancel|edit profile)$/i },
  { kind: "navigation", endsStory: false, maxWords: 30, pattern: /^(?:home|inicio|início|startseite|accueil|главная)\s*[›»>|/].{0,200}$/i },
  // Where the story ends (a "©" line without a year or a company is a photo credit, not a copyright notice)
  { kind: "related", endsStory: true, maxWords: 8, pattern: /^(?:related(?: (?:articles?|stories|story|posts?|topics|tags|links|content|coverage|reading|news|videos?))?|more (?:from|in|on|stories|news|headlines|videos)\b.{0,40}|read (?:next|this next)|you (?:may|might) (?:also )?(?:like|enjoy|be interested(?: in)?)(?: these)?|recommended(?: (?:stories|for you|articles|reading|videos))?|most (?:read|popular|viewed|shared|commented)(?: .{0,30})?|trending(?: now| stories| news)?|top (?:stories|news|videos)|latest (?:news|stories|headlines|videos|articles|features)(?: .{0,30})?|don'?t miss|editor'?s picks?|also read|what to read next|further reading|popular (?:now|stories|posts)|on our radar|around the web|from the web|promoted stories|explore further|keep reading|more to explore|more (?:great |top |popular )?[a-z ]{0,20} stories|weitere beiträge.{0,30}|mehr zum thema|artigos relacionados|leia (?:também|mais)|notícias relacionadas|(?:à )?lire aussi|vous aimerez aussi|sur le même sujet|noticias relacionadas|te puede interesar|lees ook|leggi anche|вам также может быть интересно|こちらの記事も合わせてどうぞ|関連記事)\s*[:.…]*$/i },
  { kind: "footer", endsStory: true, maxWords: 12, pattern: /^[[(]?\s*(?:\d+\s+)?(?:[\p{L}]+\s+){0,2}(?:comments?|responses?|replies)(?:\s*\(\d+\))?(?:\s*\(\+\))?\s*[\])]?$|^(?:view|show|add|post|load|read|see) (?:all )?(?:\d+ )?comments?\b|^leave a (?:reply|comment)\b|^comments are closed\.?$|^want to join the discussion\?$|^join the (?:conversation|discussion)\b|^please enable javascript to view\b|^javascript is required to load the comments|^\d+ (?:thoughts|responses|comments|replies) (?:on|to)\b|^about the author$|^about\s+[\p{Lu}][\p{L}]+\s+[\p{Lu}][\p{L}]+$|^über [\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+$|^sobre [\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+$/iu },
  { kind: "related", endsStory: true, maxWords: 30, pattern: /^(?:tags?|topics|filed (?:under|to)|posted in|categories|category|subjects|related tags|related topics)\s*[:|]/i },
  // A rights notice is a notice where it opens or closes the line, follows a mark, a year or a separator ("© 2026 X.
  // All rights reserved.", "X - Todos los derechos reservados - Aviso legal", "X Inc, all rights reserved, ..."); a story's sentence that quotes one
  // ("El contrato decía: todos los derechos reservados a la familia") goes on and does not end the story.
  { kind: "copyright", endsStory: true, maxWords: 40, pattern: new RegExp(String.raw`^copyright\b|^(?:©|\(c\)\s).{0,40}(?:\b\d{4}\b|\b(?:inc|ltd|llc|gmbh|corporation|company|s\.a)\b)|(?:^|©.{0,80}|\b\d{4}\b[.,]?\s*|[.,|·•–—-]\s*)${RIGHTS}\b|\b${RIGHTS}[\s.,;!]*$`, "i") },
  { kind: "footer", endsStory: true, maxWords: 20, pattern: /^(?:terms (?:of (?:use|service)|and conditions)|privacy(?: policy| notice)?|cookie(?:s| policy| settings)?|about us|contact us|sitemap|site map|help|faq|careers|jobs|advertise with us|ad choices|accessibility(?: help)?)(?:\s*[|•·]\s*.{0,80})?$/i },
  { kind: "footer", endsStory: false, maxWords: 60, pattern: /\b(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing|using) (?:to use )?this (?:site|website)|accept (?:all )?cookies|cookie settings|registration on or use of this site)\b/i },
  // Author notes: "Jane Roe is a reporter for the Example Times." / "NRO contributor Jane Roe is ..."
  { kind: "other", endsStory: false, maxWords: 45, pattern: /^(?:[\p{L}]+ ){0,3}[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}(?: \(@\w{1,30}\))? (?:is|was) (?:a|an|the) [^.]{0,160}\b(?:reporter|writer|editor|correspondent|columnist|contributor|fellow|journalist|author|producer|professor)\b[^.]{0,160}\.$/u },
  // "Jane Roe joined the Gazette in 2015": a writer's bio names her in full; a story goes on with a surname alone
  // ("McDonald joined the band in 1975").
  { kind: "other", endsStory: false, maxWords: 40, pattern: /^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,2} (?:joined|has (?:been )?(?:written|reported|covered) (?:for|about|on)) .{2,60}\b(?:in|since) (?:\p{Lu}\p{L}+ )?\d{4}\b.*\.$/u },
  { kind: "copyright", endsStory: true, maxWords: 80, pattern: /^citation:|\bthis (?:document|article|material|content) (?:is subject to|is protected by) copyright\b|\bmay not be (?:published|reproduced|redistributed)\b/i },
  // Tails of wire and newspaper stories: who reported, who to write to
  { kind: "other", endsStory: false, maxWords: 60, pattern: /^\(?(?:reporting|additional reporting|writing|editing|compiled|research|graphics?) by\b/i },
  { kind: "other", endsStory: false, maxWords: 25, pattern: /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$|\bcontributed reporting\b.{0,40}$/i },
  { kind: "other", endsStory: false, maxWords: 25, pattern: /^(?:write to|contact|email|e-mail) .{0,60}\b(?:at|:)\s*\S+@\S+$|^\S+@\S+\.\w+$/i },
];

const WORDS = /\S+/g;

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORDS)) n++;
  return n;
}

/** What a line is by its wording, or null when its words say nothing. */
export function matchPhrase(text: string, words = wordCount(text)): PhraseMatch | null {
  // Furniture is short; a long line is prose (or junk) and is not worth running the rules over.
  if (text.length > 1500) return null;
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.pattern.test(text)) return rule.continues ? { kind: rule.kind, endsStory: false, continues: true } : { kind: rule.kind, endsStory: rule.endsStory };
  }
  return null;
}
