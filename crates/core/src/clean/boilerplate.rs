//! Boilerplate filter for the lines of an article: web furniture (share prompts, comment
//! forms, "read also" links, related-headline lists, tracking tokens, back-to-top and copyright
//! lines, repeated sub-headings, headlines foreign to the article) is taken out with a reason.
//!
//! Three signals, none keyed to a site: a cue lexicon of Arabic web boilerplate written for
//! marsad; line features (length, sentence punctuation, Arabic letter ratio, token shapes); and
//! relevance — whether a headline-like line's content words belong to the rest of the article.

use std::collections::HashSet;

use super::{content_stems_of_key, has_at_most_words};
use crate::model::RemovedLine;

/// Why a line was taken out.
pub mod reason {
    pub const SHARE: &str = "share prompt";
    pub const COMMENTS: &str = "comment form";
    pub const READ_ALSO: &str = "injected link to another article";
    pub const RELATED: &str = "list of related headlines";
    pub const NAVIGATION: &str = "navigation or back-to-top line";
    pub const COPYRIGHT: &str = "copyright line";
    pub const FOLLOW: &str = "follow or subscribe prompt";
    pub const TOKEN: &str = "tracking or encoded token";
    pub const REPEATED: &str = "repeated sub-heading";
    pub const FOREIGN: &str = "headline unrelated to the article";
    pub const SEPARATOR: &str = "decorative separator (no words)";
    pub const CONTACT: &str = "contact line (e-mail, web or text-message address)";
    pub const LINKS: &str = "line of links (most of its text is link text in the page)";
    pub const OTHER_SCRIPT: &str = "short line in another script than the article's";
    pub const TIME_STAMP: &str = "time stamp (a clock time alone)";
}

/// Lines that are boilerplate when they are the whole line (match-key form, punctuation and
/// spaces at the ends ignored).
const WHOLE_LINE_CUES: &[(&str, &str)] = &[
    ("شارك", reason::SHARE),
    ("شاركها", reason::SHARE),
    ("شارك الخبر", reason::SHARE),
    ("شارك هذا الخبر", reason::SHARE),
    ("شارك المقال", reason::SHARE),
    ("شارك هذا المقال", reason::SHARE),
    ("مشاركه", reason::SHARE),
    ("انشر", reason::SHARE),
    ("اطبع", reason::SHARE),
    ("طباعه", reason::SHARE),
    ("اترك تعليقا", reason::COMMENTS),
    ("اترك تعليق", reason::COMMENTS),
    ("اضف تعليق", reason::COMMENTS),
    ("اضف تعليقا", reason::COMMENTS),
    ("اضافه تعليق", reason::COMMENTS),
    ("ارسل تعليقا", reason::COMMENTS),
    ("التعليقات", reason::COMMENTS),
    ("تعليقات", reason::COMMENTS),
    ("اكتب تعليقك", reason::COMMENTS),
    ("العوده الي الاعلي", reason::NAVIGATION),
    ("زر الذهاب الي الاعلي", reason::NAVIGATION),
    ("الذهاب الي الاعلي", reason::NAVIGATION),
    ("الي الاعلي", reason::NAVIGATION),
    ("اعلي الصفحه", reason::NAVIGATION),
    ("الصفحه الرييسيه", reason::NAVIGATION),
    ("الرييسيه", reason::NAVIGATION),
    ("التالي", reason::NAVIGATION),
    ("السابق", reason::NAVIGATION),
    ("اقرا المزيد", reason::NAVIGATION),
    ("المزيد", reason::NAVIGATION),
];

/// Lines that are boilerplate when they begin with these words and do not read as a sentence.
const PREFIX_CUES: &[(&str, &str)] = &[
    ("اقرا ايضا", reason::READ_ALSO),
    ("اقرا كذلك", reason::READ_ALSO),
    ("اقرا", reason::READ_ALSO),
    ("يقرا", reason::READ_ALSO),
    ("شاهد ايضا", reason::READ_ALSO),
    ("شاهد", reason::READ_ALSO),
    ("طالع ايضا", reason::READ_ALSO),
    ("طالع", reason::READ_ALSO),
    ("انظر ايضا", reason::READ_ALSO),
    ("للمزيد", reason::READ_ALSO),
    ("رابط الخبر", reason::READ_ALSO),
    ("رابط المقال", reason::READ_ALSO),
    ("قد يهمك", reason::READ_ALSO),
    ("قد يعجبك", reason::READ_ALSO),
    ("اخترنا لك", reason::READ_ALSO),
    ("لن يتم نشر عنوان بريدك", reason::COMMENTS),
    ("الحقول الالزاميه", reason::COMMENTS),
    ("جميع الحقوق محفوظه", reason::COPYRIGHT),
    ("كل الحقوق محفوظه", reason::COPYRIGHT),
    ("حقوق النشر", reason::COPYRIGHT),
    ("حقوق الطبع", reason::COPYRIGHT),
    ("لمراسله الكاتب", reason::CONTACT),
    ("للتواصل مع الكاتب", reason::CONTACT),
    ("للتواصل", reason::CONTACT),
    ("للتواصل ارسل", reason::CONTACT),
    ("للاتصال", reason::CONTACT),
    ("البريد الالكتروني", reason::CONTACT),
    ("تابعونا علي", reason::FOLLOW),
    ("تابعنا علي", reason::FOLLOW),
    ("اشترك في", reason::FOLLOW),
    ("للاشتراك في", reason::FOLLOW),
];

/// Headings that open a list of related headlines: the heading and the headline-like lines
/// after it go.
const RELATED_HEADINGS: &[&str] = &[
    "اخبار ذات صله",
    "مواضيع ذات صله",
    "مقالات ذات صله",
    "اخبار متعلقه",
    "مواضيع متعلقه",
    "ذات صله",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "اقرا ايضا",
    "شاهد ايضا",
    "قد يهمك ايضا",
];

/// The most words a line may have and still be taken by a prefix cue or as a headline.
const MAX_FURNITURE_WORDS: usize = 30;
/// The fewest content words a headline-like line needs before relevance can judge it.
const MIN_STEMS_FOR_RELEVANCE: usize = 3;
/// The fewest distinct content words the rest of the article needs to judge a line's relevance.
const MIN_CONTEXT_STEMS: usize = 15;

/// For each line: `None` to keep it, `Some(reason)` to take it out. `keys` are the lines'
/// match keys ([`match_key`]), computed once by the caller; `link_lines` are the texts of the
/// page's blocks that are mostly link text (HTML input; empty otherwise).
pub fn classify_lines(lines: &[&str], keys: &[String], link_lines: &[String]) -> Vec<Option<&'static str>> {
    let keys: Vec<&str> = keys.iter().map(|key| cue_key(key)).collect();
    let mut verdicts: Vec<Option<&'static str>> =
        keys.iter().zip(lines).map(|(key, line)| cue_verdict(key, line)).collect();
    mark_link_lines(lines, &keys, link_lines, &mut verdicts);

    mark_related_lists(lines, &keys, &mut verdicts);
    mark_repeated_subheadings(lines, &keys, &mut verdicts);
    mark_other_script_lines(lines, &mut verdicts);
    mark_foreign_headlines(lines, &keys, &mut verdicts);
    verdicts
}

/// A line's match key with the punctuation, symbols and spaces at its ends taken off.
fn cue_key(key: &str) -> &str {
    key.trim_matches(|c: char| !c.is_alphanumeric())
}

fn cue_verdict(key: &str, line: &str) -> Option<&'static str> {
    if !line.chars().any(char::is_alphanumeric) {
        return Some(reason::SEPARATOR);
    }
    // A comment policy may be a long paragraph (it needs both its subject and its rules); a
    // paragraph that ends with a rights notice is still a paragraph.
    let short = has_at_most_words(line, MAX_FURNITURE_WORDS);
    if is_comment_policy(key) || is_comment_form_notice(key) {
        return Some(reason::COMMENTS);
    }
    if let Some(&(_, why)) = WHOLE_LINE_CUES.iter().find(|(cue, _)| *cue == key) {
        return Some(why);
    }
    if short && (key.contains('©') || line.contains('©')) {
        return Some(reason::COPYRIGHT);
    }
    if has_encoded_token(line) {
        return Some(reason::TOKEN);
    }
    if is_address_only(line) || (short && is_text_message_instruction(key)) {
        return Some(reason::CONTACT);
    }
    if is_time_stamp(line) || is_relative_time(key) {
        return Some(reason::TIME_STAMP);
    }
    if (short && is_latin_pager(line)) || is_menu_trail(line) {
        return Some(reason::NAVIGATION);
    }
    let starts_with_cue =
        |cue: &str| key.strip_prefix(cue).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']));
    PREFIX_CUES
        .iter()
        .find(|(cue, _)| starts_with_cue(cue))
        .filter(|(cue, _)| short && (!reads_as_sentence(line) || key[cue.len()..].trim_start().starts_with(':')))
        .map(|&(_, why)| why)
}

/// A site's comment policy or disclaimer: it speaks of comments (or opinions below) and of the
/// site's rules, privacy policy or responsibility.
fn is_comment_policy(key: &str) -> bool {
    let about_comments = ["التعليقات", "تعليقك", "مشاركاتك", "الاراء الوارده", "الاراء المنشوره", "التعليق"]
        .iter()
        .any(|w| key.contains(w));
    let about_rules = ["سياسه الخصوصيه", "ارشادات الاستخدام", "شروط الاستخدام", "شروط استخدام", "لا تعبر عن راي"]
        .iter()
        .any(|w| key.contains(w));
    about_comments && about_rules
}

/// A comment form's notice that the commenter's e-mail address stays private, in any wording.
fn is_comment_form_notice(key: &str) -> bool {
    let your_email = ["بريدك الالكتروني", "عنوان بريدك"].iter().any(|w| key.contains(w));
    let kept_private = ["لن يتم نشر", "لن ينشر", "لن يظهر", "لا يظهر", "لن يتم عرض", "لن يعرض", "لن نشارك", "الحقول"]
        .iter()
        .any(|w| key.contains(w));
    your_email && kept_private && has_at_most_words(key, MAX_FURNITURE_WORDS)
}

/// A line that ends like a sentence (`.`, `؟`, `!`, after closing quotes).
fn reads_as_sentence(line: &str) -> bool {
    line.trim_end().trim_end_matches(['"', '»', '”', ')', '*']).ends_with(['.', '؟', '?', '!'])
}

/// A line short enough for a headline that does not end like a sentence.
fn is_headline_like(line: &str) -> bool {
    !line.trim().is_empty()
        && has_at_most_words(line, MAX_FURNITURE_WORDS)
        && !reads_as_sentence(line)
        && !line.trim_end().ends_with(['،', ',', ':'])
}

/// The text with the encoded tokens ([`is_encoded_token`]) of its longer lines (more than
/// [`MAX_FURNITURE_WORDS`] words: a paragraph) taken out, each recorded as removed; a short line
/// with a token is furniture as a whole, left to [`classify_lines`].
pub fn without_encoded_tokens(text: &str, removed: &mut Vec<RemovedLine>) -> String {
    if !text.lines().any(|line| !has_at_most_words(line, MAX_FURNITURE_WORDS) && has_encoded_token(line)) {
        return text.to_owned();
    }
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            if has_at_most_words(line, MAX_FURNITURE_WORDS) || !has_encoded_token(line) {
                return line.to_owned();
            }
            let (tokens, words): (Vec<&str>, Vec<&str>) = line.split_whitespace().partition(|t| is_encoded_token(t));
            removed
                .extend(tokens.iter().map(|t| RemovedLine { line: (*t).to_owned(), reason: reason::TOKEN.to_owned() }));
            words.join(" ")
        })
        .collect();
    lines.join("\n")
}

/// A base64- or hex-like token of 16 characters or more: letters and digits mixed (with
/// `+ / =`), as tracking ids and encoded payloads are; words and numbers are not.
fn has_encoded_token(line: &str) -> bool {
    line.split_whitespace().any(is_encoded_token)
}

/// One whitespace-separated token that is base64- or hex-like (see [`has_encoded_token`]).
fn is_encoded_token(token: &str) -> bool {
    let token = token.trim_end_matches('=');
    let well_formed = token.len() >= 16 && token.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/'));
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let letters = token.chars().filter(char::is_ascii_alphabetic).count();
    well_formed && digits >= 2 && letters >= 4
}

/// Words that may follow a clock time on a time-stamp line: AM/PM, Mecca time (`ت م`), GMT.
const TIME_WORDS: &[&str] = &["ص", "م", "ت", "مساء", "صباحا", "ظهرا", "بتوقيت", "مكة", "مكه", "gmt", "am", "pm"];

/// A line that is a clock time alone (`12:29 ت م`, `08:15 PM`): a page's time stamp.
fn is_time_stamp(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let Some(clock) = words.next() else { return false };
    let mut parts = clock.split(':');
    let is_clock = parts.clone().count() >= 2
        && parts.clone().count() <= 3
        && parts.all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(|c| c.is_ascii_digit()));
    let rest: Vec<String> = words.map(|w| w.to_lowercase()).collect();
    is_clock && rest.len() <= 3 && rest.iter().all(|w| TIME_WORDS.contains(&w.as_str()))
}

/// How to subscribe by text message (`تبدأ بالرمز (26) ثم مسافة ثم نص الرسالة إلى`, `زين
/// تبدأ بالرمز 122 مسافة ثم الرسالة`): a code, then a space, then the message. `key` is the
/// line's match key.
fn is_text_message_instruction(key: &str) -> bool {
    key.contains("مسافه ثم") && (key.contains("بالرمز") || key.contains("الرساله"))
}

/// Units of a relative time stamp, in match-key form (singular, dual and plural).
const TIME_UNITS: &[&str] = &[
    "ثانيه",
    "ثانيتين",
    "ثوان",
    "ثواني",
    "دقيقه",
    "دقيقتين",
    "دقايق",
    "ساعه",
    "ساعتين",
    "ساعات",
    "يوم",
    "يومين",
    "ايام",
    "اسبوع",
    "اسبوعين",
    "اسابيع",
    "شهر",
    "شهرين",
    "اشهر",
    "شهور",
    "سنه",
    "سنتين",
    "سنوات",
    "عام",
    "عامين",
    "اعوام",
    "لحظات",
];

/// A line that is a relative time alone (`منذ 3 ساعات`, `قبل يومين`, `⏱ منذ ساعة`): a page's
/// time stamp. `key` is the line's match key.
fn is_relative_time(key: &str) -> bool {
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    match words.as_slice() {
        [since, unit] => ["منذ", "قبل"].contains(since) && TIME_UNITS.contains(unit),
        [since, count, unit] => {
            ["منذ", "قبل"].contains(since) && count.chars().all(char::is_numeric) && TIME_UNITS.contains(unit)
        }
        _ => false,
    }
}

/// The most words of a pager line (with the outlet and place a page prints beside it).
const MAX_PAGER_WORDS: usize = 10;

/// A pager in English (`Next Previous`, `« Older posts`): a short line opening on next,
/// previous, older or newer; a paragraph glued after it stays (`Next Previous حققت شركة … (أ ف ب)`).
fn is_latin_pager(line: &str) -> bool {
    let first = line.split_whitespace().find(|w| w.chars().any(char::is_alphabetic)).unwrap_or_default();
    let first = first.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    ["next", "previous", "prev", "older", "newer"].contains(&first.as_str())
        && !reads_as_sentence(line)
        && has_at_most_words(line, MAX_PAGER_WORDS)
}

/// Separators of a breadcrumb, a pager or a menu row.
const CRUMB_SEPARATORS: &[char] = &['›', '»', '|', '>', '/', '←', '→', '‹', '«', '<', '·', '•'];

/// The pieces of a line between [`CRUMB_SEPARATORS`], and how many separators there are; text in
/// guillemets (`«الشرق الأوسط»`) is a quotation, its marks no separators.
fn crumb_pieces(line: &str) -> (Vec<String>, usize) {
    let mut unquoted = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('«') {
        let Some(close) = rest[open..].find('»') else { break };
        unquoted.push_str(&rest[..open]);
        unquoted.push_str(&rest[open + '«'.len_utf8()..open + close]);
        rest = &rest[open + close + '»'.len_utf8()..];
    }
    unquoted.push_str(rest);
    let separators = unquoted.chars().filter(|c| CRUMB_SEPARATORS.contains(c)).count();
    let pieces = unquoted.split(CRUMB_SEPARATORS).map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect();
    (pieces, separators)
}

/// A breadcrumb or pager: two or more separators between short pieces (`الرئيسية › أخبار ›
/// آسيا`, `← الأحدث | الأقدم →`).
pub fn is_breadcrumb(line: &str) -> bool {
    let (pieces, separators) = crumb_pieces(line);
    separators >= 2 && !pieces.is_empty() && pieces.iter().all(|p| p.split_whitespace().count() <= 3)
}

/// A breadcrumb or menu row of three or more named pieces (`البوابة » رياضة » تنس`, `محليات ·
/// عربي · دولي`): no digit, colon, address or final period, which dates (`9 / 10 / 1436`), lists
/// of credits (`كلمات: … / ألحان: …`) and links have.
fn is_menu_trail(line: &str) -> bool {
    let (pieces, _) = crumb_pieces(line);
    let named = pieces.iter().filter(|p| p.chars().any(char::is_alphabetic)).count();
    is_breadcrumb(line)
        && named >= 3
        && !line.chars().any(|c| c.is_numeric() || c == ':')
        && !line.contains("http")
        && !line.contains("www")
        && !reads_as_sentence(line)
        && !line.trim_start().starts_with(['-', '–', '*', '•'])
}

/// A line that is only e-mail addresses, web addresses or handles (`name@site.com`,
/// `www.site.com`, `@handle`), with at most a word or two of glue.
fn is_address_only(line: &str) -> bool {
    let is_address = |token: &str| {
        let token = token.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | ',' | '،' | ':' | '.'));
        (token.contains('@') && token.len() > 2)
            || token.starts_with("http://")
            || token.starts_with("https://")
            || token.starts_with("www.")
    };
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let addresses = tokens.iter().filter(|t| is_address(t)).count();
    addresses > 0 && tokens.len() - addresses <= 2
}

/// The words of a match key, joined by single spaces: the same for a line and the block of
/// the page it came from, whatever the spacing and punctuation.
fn words_of(key: &str) -> String {
    key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The most words a line of links may have: a paragraph that is one long link stays.
const MAX_LINK_LINE_WORDS: usize = 15;

/// Lines that were mostly link text in the page (related links, tags, navigation).
fn mark_link_lines(lines: &[&str], keys: &[&str], link_lines: &[String], verdicts: &mut [Option<&'static str>]) {
    if link_lines.is_empty() {
        return;
    }
    let links: HashSet<String> = link_lines.iter().map(|line| words_of(&marsad_arabic::match_key(line))).collect();
    let mut marked = 0;
    for (i, line) in lines.iter().enumerate() {
        if verdicts[i].is_none() && has_at_most_words(line, MAX_LINK_LINE_WORDS) && links.contains(&words_of(keys[i])) {
            verdicts[i] = Some(reason::LINKS);
            marked += 1;
        }
    }
    // A page whose every line is a link is a link list, not an article with links in it.
    if marked == lines.len() {
        verdicts.iter_mut().for_each(|v| {
            if *v == Some(reason::LINKS) {
                *v = None;
            }
        });
    }
}

/// The share of a text's letters that are Arabic, or `None` if it has no letters.
fn arabic_letter_share(text: &str) -> Option<f64> {
    let (mut arabic, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        arabic += usize::from(marsad_arabic::tokenize::is_arabic_word_char(c));
    }
    (letters > 0).then(|| arabic as f64 / letters as f64)
}

/// An Arabic article whose letters are at least this share Arabic…
const ARABIC_ARTICLE_SHARE: f64 = 0.8;
/// …loses short non-sentence lines whose letters are at most this share Arabic.
const OTHER_SCRIPT_LINE_SHARE: f64 = 0.2;
/// The most words such a line may have.
const MAX_OTHER_SCRIPT_WORDS: usize = 8;

/// How many lines at each end of an article count as its edges, where furniture sits.
const EDGE_LINES: usize = 3;

/// In an Arabic article, a short line mostly in another script that does not read as a
/// sentence (`88591 - Stc`, `Next Previous`, a Latin menu item) is furniture when it sits at
/// the top or the bottom of the article; in the middle it is more often a title or a name in a
/// list (films, apps), which stays.
fn mark_other_script_lines(lines: &[&str], verdicts: &mut [Option<&'static str>]) {
    let kept: String = lines.iter().zip(verdicts.iter()).filter(|(_, v)| v.is_none()).map(|(l, _)| *l).collect();
    if arabic_letter_share(&kept).is_none_or(|share| share < ARABIC_ARTICLE_SHARE) {
        return;
    }
    // Edges among the lines still kept: a footer may sit above a related-headlines block.
    let count = verdicts.iter().filter(|v| v.is_none()).count();
    let mut position = 0;
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()) {
        if verdict.is_some() {
            continue;
        }
        let i = position;
        position += 1;
        let at_an_edge = i < EDGE_LINES - 1 || i + EDGE_LINES >= count;
        let other_script = arabic_letter_share(line).is_some_and(|share| share <= OTHER_SCRIPT_LINE_SHARE);
        if verdict.is_none()
            && at_an_edge
            && other_script
            && has_at_most_words(line, MAX_OTHER_SCRIPT_WORDS)
            && !reads_as_sentence(line)
        {
            *verdict = Some(reason::OTHER_SCRIPT);
        }
    }
}

/// A related-headlines heading takes out itself and the headline-like lines that follow it.
fn mark_related_lists(lines: &[&str], keys: &[&str], verdicts: &mut [Option<&'static str>]) {
    let mut i = 0;
    while i < lines.len() {
        let heading = RELATED_HEADINGS.contains(&keys[i]);
        if !heading {
            i += 1;
            continue;
        }
        verdicts[i] = Some(reason::RELATED);
        i += 1;
        while i < lines.len() && is_headline_like(lines[i]) {
            verdicts[i].get_or_insert(reason::RELATED);
            i += 1;
        }
    }
}

/// A sub-heading repeated verbatim is taken out the second time.
fn mark_repeated_subheadings(lines: &[&str], keys: &[&str], verdicts: &mut [Option<&'static str>]) {
    let mut seen = HashSet::new();
    for (i, line) in lines.iter().enumerate() {
        if is_headline_like(line) && verdicts[i].is_none() && !seen.insert(keys[i]) {
            verdicts[i] = Some(reason::REPEATED);
        }
    }
}

/// A headline-like line whose content words appear nowhere else in the article is a headline
/// of another story (an injected link, a related-article teaser). The first line is a subtitle's
/// place, not a link's; a run of short lines is verse or a list, not an injected link; and a
/// short article gives too few words to judge by: all of these are left alone.
fn mark_foreign_headlines(lines: &[&str], keys: &[&str], verdicts: &mut [Option<&'static str>]) {
    let headline_like: Vec<bool> = lines.iter().map(|line| is_headline_like(line)).collect();
    let candidates: Vec<usize> = (1..lines.len())
        .filter(|&i| {
            let in_a_run = headline_like[i - 1] || headline_like.get(i + 1).copied().unwrap_or(false);
            verdicts[i].is_none() && headline_like[i] && !in_a_run
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    // The article's words: those of its paragraphs (kept lines that are not headline-like).
    let article_stems: HashSet<String> = (0..lines.len())
        .filter(|&j| verdicts[j].is_none() && !headline_like[j])
        .flat_map(|j| content_stems_of_key(keys[j]))
        .collect();
    if article_stems.len() < MIN_CONTEXT_STEMS {
        return;
    }
    for i in candidates {
        let stems = content_stems_of_key(keys[i]);
        if stems.len() >= MIN_STEMS_FOR_RELEVANCE && stems.iter().all(|stem| !article_stems.contains(stem)) {
            verdicts[i] = Some(reason::FOREIGN);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_time_alone_and_an_english_pager_are_furniture() {
        for line in ["12:29 ت م", "08:15 PM", "9:05:30"] {
            assert!(is_time_stamp(line), "{line}");
        }
        for line in ["12:29 وصل الوفد", "2015", "الساعة 12:29"] {
            assert!(!is_time_stamp(line), "{line}");
        }
        for line in ["تبدأ بالرمز (26) ثم مسافة ثم نص الرسالة إلى", "زين تبدأ بالرمز 122 مسافة ثم الرسالة"]
        {
            assert_eq!(cue_verdict(&match_key(line), line), Some(reason::CONTACT), "{line}");
        }
        let advice = "وتنصح الأرصاد السائقين بترك مسافة ثم التمهل عند الإشارات";
        assert_eq!(cue_verdict(&match_key(advice), advice), None);
        for line in ["منذ 3 ساعات", "قبل يومين", "⏱ منذ ساعة", "قبل ٤٥ دقيقة"] {
            assert!(is_relative_time(&match_key(line)), "{line}");
        }
        for line in ["منذ 3 ساعات وصل الوفد", "قبل", "منذ عامين قال الوزير", "قبل انتهاء اليوم"]
        {
            assert!(!is_relative_time(&match_key(line)), "{line}");
        }
        assert!(is_latin_pager("Next Previous عين اليوم – القصيم"));
        for trail in ["البوابة » رياضة » تنس", "محليات · عربي · دولي · اقتصاد", "سياسة / مجتمع / رأي"]
        {
            assert_eq!(cue_verdict(&match_key(trail), trail), Some(reason::NAVIGATION), "{trail}");
        }
        for line in [
            "التاريخ : 9 / 10 / 1436هـ",
            "8- قبل أعرفك / كلمات: تركي / ألحان: طارق محمد",
            "وقال لـ«الشرق الأوسط» إن «الأمر» انتهى",
            "- طريق الرياض/ الرين/ بيشة.",
        ] {
            assert_eq!(cue_verdict(&match_key(line), line), None, "{line}");
        }
        assert!(!is_breadcrumb("وليد في حملة «زينة الحياة»"), "guillemets quote");
        assert!(is_latin_pager("« Older posts"));
        assert!(!is_latin_pager("Nextel تطلق خدمة جديدة"));
        let line = "Next Previous حققت شركة التوصيل السريع في بكين رقما قياسياً 5.7 مليار دولار في أكبر الأسواق العملاقة على الأنترنت ومنصات التسوق الالكترونية . (أ ف ب)";
        assert!(!is_latin_pager(line), "a sentence after a pager stays");
        assert_eq!(cue_verdict(&marsad_arabic::match_key(line), line), None);
    }
    use marsad_arabic::match_key;

    const BODY: [&str; 3] = [
        "افتتحت البلدية جسرا جديدا فوق النهر في وسط المدينة.",
        "وقال رئيس البلدية إن الجسر سيخفف الزحام عن الطرق القديمة.",
        "وبلغت كلفة الجسر نحو عشرين مليون دينار.",
    ];

    fn removed(lines: &[&str]) -> Vec<(String, &'static str)> {
        let keys: Vec<String> = lines.iter().map(|line| match_key(line)).collect();
        classify_lines(lines, &keys, &[])
            .into_iter()
            .zip(lines)
            .filter_map(|(verdict, line)| verdict.map(|why| ((*line).to_owned(), why)))
            .collect()
    }

    fn with_body(extra: &[(usize, &str)]) -> Vec<String> {
        let mut lines: Vec<String> = BODY.iter().map(|s| (*s).to_owned()).collect();
        for &(at, line) in extra.iter().rev() {
            lines.insert(at, line.to_owned());
        }
        lines
    }

    #[test]
    fn a_paragraph_ending_with_a_rights_notice_stays() {
        let paragraph = format!("{} {} {} {} جميع الحقوق محفوظة ©", BODY[0], BODY[1], BODY[2], BODY[0]);
        assert_eq!(removed(&[BODY[0], &paragraph, BODY[1]]), []);
    }

    #[test]
    fn the_article_alone_loses_nothing() {
        assert_eq!(removed(&BODY), []);
    }

    #[test]
    fn cue_lines_go_with_their_reason() {
        let cases = [
            ("شاركها.", reason::SHARE),
            ("شارك هذا الخبر", reason::SHARE),
            ("اترك تعليقاً", reason::COMMENTS),
            ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", reason::COMMENTS),
            ("زر الذهاب إلى الأعلى", reason::NAVIGATION),
            ("العودة إلى الأعلى", reason::NAVIGATION),
            ("جميع الحقوق محفوظة © 2026 شبكة الأفق", reason::COPYRIGHT),
            ("اقرأ أيضاً: ارتفاع أسعار الذهب في الأسواق", reason::READ_ALSO),
            ("شاهد ايضاً: فيضانات في الجنوب تشرد الآلاف", reason::READ_ALSO),
            ("يقرأ  قمة إقليمية تبحث أزمة المياه في العاصمة", reason::READ_ALSO),
            ("تابعونا على وسائل التواصل", reason::FOLLOW),
            ("* * *", reason::SEPARATOR),
            ("الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.", reason::COMMENTS),
            ("ننصحك بمراجعة إرشادات الاستخدام قبل نشر التعليقات على الموقع.", reason::COMMENTS),
            ("بريدك الإلكتروني لن يظهر لأحد، والحقول المطلوبة عليها علامة *", reason::COMMENTS),
            ("dGhpcyBpcyBhIHRyYWNraW5nIHRva2VuMTIz= موقع", reason::TOKEN),
            ("m.salem@example.com", reason::CONTACT),
            ("لمراسلة الكاتب: salem@example.com", reason::CONTACT),
            ("للتواصل أرسل رسالة نصية إلى 88000", reason::CONTACT),
            ("www.example.com", reason::CONTACT),
            ("88591 - Stc", reason::OTHER_SCRIPT),
            ("Follow us on X", reason::OTHER_SCRIPT),
        ];
        for (line, why) in cases {
            let lines = with_body(&[(1, line)]);
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            assert_eq!(removed(&lines), [(line.to_owned(), why)], "line {line}");
        }
    }

    #[test]
    fn sentences_that_begin_like_cues_stay() {
        for line in [
            "شاهد المئات العرض العسكري في الساحة الرئيسية أمس.",
            "اقرأ التقرير الكامل على موقع الوزارة، قال المتحدث.",
            "وقال إن التعليقات على القرار كانت إيجابية.",
            "وكتب على حسابه في تويتر: Peace is possible.",
            "ونشرت الوزارة البيان على موقعها www.example.gov وفي الصحف المحلية.",
        ] {
            let lines = with_body(&[(1, line)]);
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            assert_eq!(removed(&lines), [], "line {line}");
        }
    }

    #[test]
    fn a_related_list_goes_whole() {
        let lines = with_body(&[
            (3, "أخبار ذات صلة"),
            (3, "افتتاح معرض الكتاب بمشاركة خمسين دار نشر"),
            (3, "منتخب الناشئين يبدأ معسكره التدريبي"),
        ]);
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let got: Vec<&str> = removed(&lines).iter().map(|(_, why)| *why).collect();
        assert_eq!(got, [reason::RELATED; 3]);
    }

    #[test]
    fn a_repeated_subheading_goes_once() {
        let lines = with_body(&[(0, "جسر جديد في المدينة"), (2, "جسر جديد في المدينة")]);
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(removed(&lines), [("جسر جديد في المدينة".to_owned(), reason::REPEATED)]);
    }

    #[test]
    fn verse_quoted_in_a_column_stays() {
        let lines = with_body(&[(2, "وجرم جره سفهاء قوم ظالمين"), (2, "وحل بغير جارمه العذاب المقيم")]);
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(removed(&lines), []);
    }

    #[test]
    fn a_foreign_headline_goes_but_a_related_subheading_stays() {
        let lines = with_body(&[(1, "ميناء العقبة يستقبل سفن الحبوب"), (2, "كلفة الجسر والطرق القديمة")]);
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(removed(&lines), [("ميناء العقبة يستقبل سفن الحبوب".to_owned(), reason::FOREIGN)]);
    }
}
