//! Cleaning: a raw document becomes an article — display text, title, publication date,
//! dateline and agencies — with every line it takes out kept on record with the reason.

pub mod boilerplate;
pub mod dateline;
pub mod edge_label;
pub mod event_date;
pub mod publication;
pub mod scorer;
pub mod template;

use marsad_arabic::controls::strip_controls;
use std::collections::HashSet;

use chrono::NaiveDate;
use marsad_arabic::{match_key, normalize, stem, Mode};

use crate::id::id_of_key;
use crate::model::{Article, Format, RawDocument, RemovedLine};
use crate::read::RejectReason;
pub use dateline::{agency_name, parse_dateline, Dateline};
pub use publication::{parse_publication_line, PublicationLine};

/// Reason recorded for a site name line above the headline.
pub const REASON_SITE_HEADER: &str = "site name above the headline";

/// Text with its HTML character references (`&quot;`, `&#39;`, `&amp;`) decoded: scraped dumps
/// keep them in titles and text that are not HTML. (HTML pages are decoded by their parser.)
fn decode_entities(text: &str) -> String {
    if text.contains('&') {
        html_escape::decode_html_entities(text).into_owned()
    } else {
        text.to_owned()
    }
}

/// Cleans one raw document into an article.
pub fn clean(doc: RawDocument) -> Result<Article, RejectReason> {
    clean_with(doc, true)
}

/// [`clean`] by the rules alone, without the furniture line scorer: what the scorer's weights
/// are learned on (`examples/furniture_model.rs`), so they never depend on themselves.
pub fn clean_by_rules(doc: RawDocument) -> Result<Article, RejectReason> {
    clean_with(doc, false)
}

fn clean_with(mut doc: RawDocument, use_scorer: bool) -> Result<Article, RejectReason> {
    // What reading repaired, and the text past the size limit, go on record first.
    let mut removed = std::mem::take(&mut doc.repaired);
    removed.extend(crate::read::limits::cut_text(&mut doc.body));
    if doc.format != Format::Html {
        doc.body = decode_entities(&doc.body);
        let declared = &mut doc.declared;
        for field in [&mut declared.title, &mut declared.description, &mut declared.author, &mut declared.source] {
            *field = field.as_deref().map(decode_entities);
        }
    }
    // Scraped text is untrusted: no escape sequence, control or bidi override is stored (an
    // `&#27;` decoded above included); line breaks stay.
    doc.body = strip_controls(&doc.body.replace("\r\n", "\n").replace('\r', "\n"));
    doc.origin = strip_controls(&doc.origin);
    let declared = &mut doc.declared;
    for field in [
        &mut declared.title,
        &mut declared.description,
        &mut declared.author,
        &mut declared.source,
        &mut declared.url,
        &mut declared.id,
    ] {
        *field = field.as_deref().map(|value| strip_controls(value).replace(['\n', '\t'], " "));
    }
    // An encoded token inside a paragraph goes alone; the paragraph stays.
    let display = boilerplate::without_encoded_tokens(&normalize(&doc.body, Mode::Exact), &mut removed);
    let mut lines: Vec<&str> = display.lines().filter(|line| !line.is_empty()).collect();

    let mut published = doc.declared.published.as_deref().and_then(marsad_arabic::dates::parse_date);
    lines.retain(|line| match parse_publication_line(line) {
        Some(found) => {
            published = published.or(found.date);
            removed.push(RemovedLine { line: (*line).to_owned(), reason: found.reason.to_owned() });
            false
        }
        None => true,
    });

    let declared_title = doc.declared.title.as_deref().map(|t| normalize(t, Mode::Exact)).filter(|t| !t.is_empty());
    let title = match declared_title {
        Some(title) => {
            // A body that repeats its declared title on the first line: the line is the title.
            if lines.first().is_some_and(|first| match_key(first) == match_key(&title)) {
                lines.remove(0);
            }
            Some(title)
        }
        None if doc.format == Format::Txt => take_title_line(&mut lines, &mut removed),
        None => None,
    };

    // A plain-text page names its outlet only in a site-name line above the headline.
    let site_header = removed.iter().find(|r| r.reason == REASON_SITE_HEADER).map(|r| r.line.clone());

    let mut credited = Vec::new();
    // Each line's match key, computed once: for the cues, the credits and the id.
    let keys: Vec<String> = lines.iter().map(|line| match_key(line)).collect();
    let verdicts = boilerplate::classify_lines(&lines, &keys, &doc.link_lines);
    let mut kept = Vec::with_capacity(lines.len());
    let mut kept_keys = Vec::with_capacity(lines.len());
    for ((line, key), verdict) in lines.into_iter().zip(keys).zip(verdicts) {
        let reason = verdict.or_else(|| {
            let agencies = credit_line_agencies(&key, line)?;
            credited.extend(agencies);
            Some(REASON_CREDIT)
        });
        match reason {
            Some(reason) => removed.push(RemovedLine { line: line.to_owned(), reason: reason.to_owned() }),
            None => {
                kept.push(line);
                kept_keys.push(key);
            }
        }
    }
    let mut lines = kept;
    let mut author = doc.declared.author.clone();
    take_byline(&mut lines, &mut kept_keys, &mut removed, &mut author);
    edge_label::take_edge_labels(&mut lines, &mut kept_keys, &mut removed);
    if use_scorer {
        let title_key = title.as_deref().map(match_key);
        take_scored_furniture(&mut lines, &mut kept_keys, title_key.as_deref(), &mut removed);
    }

    // The dateline opens the first paragraph, which a sub-heading may precede.
    let dateline = lines.iter().take(4).find(|line| !looks_like_headline(line)).and_then(|line| parse_dateline(line));
    let mut agencies: Vec<String> = dateline.iter().map(|d| d.agency.to_owned()).collect();
    let published = published.or_else(|| dateline.as_ref().and_then(|d| d.date));
    let extracted = doc.declared.extracted.as_deref().and_then(marsad_arabic::dates::parse_date);
    // A credit line naming another agency than the dateline: both are kept, and it is flagged.
    let agency_conflict = dateline.as_ref().is_some_and(|d| credited.iter().any(|a| *a != d.agency));
    for agency in credited {
        if !agencies.iter().any(|a| a == agency) {
            agencies.push(agency.to_owned());
        }
    }
    let description = doc
        .declared
        .description
        .as_deref()
        .map(|d| normalize(d, Mode::Exact))
        .filter(|d| !d.is_empty())
        .or_else(|| teaser(&display, &lines).map(str::to_owned));
    let text = lines.join("\n");
    if text.trim().is_empty() {
        return Err(RejectReason::NothingLeft);
    }
    let removed = summarize_repeats(removed);
    Ok(Article {
        // The same as `article_id(&text)`: the key of the text is its lines' keys, joined.
        id: id_of_key(&kept_keys.join("\n")),
        origin: doc.origin,
        format: doc.format,
        encoding: doc.encoding.to_owned(),
        url: doc.declared.url,
        source: doc.declared.source.or(site_header),
        title,
        author,
        published,
        published_time: doc.declared.published_time,
        extracted,
        event_date: event_date::event_date(&text, published, extracted),
        description,
        dateline: dateline.map(|d| d.city),
        agencies,
        agency_conflict,
        text,
        removed,
    })
}

/// The removed lines with each line removed more than once for one reason kept once, its reason
/// saying how many times: a page of one paragraph repeated stays small on record.
fn summarize_repeats(removed: Vec<RemovedLine>) -> Vec<RemovedLine> {
    let mut times: std::collections::HashMap<(&str, &str), usize> = std::collections::HashMap::new();
    for line in &removed {
        *times.entry((line.line.as_str(), line.reason.as_str())).or_default() += 1;
    }
    if times.len() == removed.len() {
        return removed;
    }
    let mut seen = HashSet::new();
    let mut summarized = Vec::with_capacity(times.len());
    for line in &removed {
        let key = (line.line.as_str(), line.reason.as_str());
        if !seen.insert(key) {
            continue;
        }
        let reason = match times[&key] {
            1 => line.reason.clone(),
            n => format!("{} ({n} times)", line.reason),
        };
        summarized.push(RemovedLine { line: line.line.clone(), reason });
    }
    summarized
}

/// A teaser: the first paragraph of the body, when the page sets it apart from the paragraphs
/// after it by a wider gap (a blank line where the body has none). It stays in the text too.
fn teaser<'a>(display: &str, body: &[&'a str]) -> Option<&'a str> {
    if body.len() <= 2 {
        return None;
    }
    let first = body[0];
    // Blank lines after each non-empty line of the display text (at most one: it is tidied).
    let mut gaps: Vec<(&str, bool)> = Vec::new();
    for line in display.split('\n') {
        match gaps.last_mut() {
            Some(last) if line.is_empty() => last.1 = true,
            _ if line.is_empty() => {}
            _ => gaps.push((line, false)),
        }
    }
    let at = gaps.iter().position(|&(line, _)| line == first)?;
    let (_, gap_after_first) = gaps[at];
    // The gaps between the later paragraphs (the last line's gap says nothing).
    let later = gaps.get(at + 1..gaps.len().saturating_sub(1)).unwrap_or(&[]);
    let rest: Vec<bool> = later.iter().map(|&(_, gap)| gap).collect();
    let rest_mostly_tight = rest.len() >= 2 && rest.iter().filter(|&&gap| gap).count() * 4 <= rest.len();
    (gap_after_first && rest_mostly_tight).then_some(first)
}

/// The fewest lines an article needs for the scorer to judge them: in a shorter one, a short
/// line is as likely the news as furniture around it.
const MIN_LINES_FOR_SCORER: usize = 3;

/// Takes out the lines the furniture scorer ([`scorer`]) judges furniture, among those the
/// rules left; never all of them.
fn take_scored_furniture(
    lines: &mut Vec<&str>,
    keys: &mut Vec<String>,
    title_key: Option<&str>,
    removed: &mut Vec<RemovedLine>,
) {
    if lines.len() < MIN_LINES_FOR_SCORER {
        return;
    }
    let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let verdicts = scorer::verdicts(lines, &key_refs, title_key);
    if verdicts.iter().all(Option::is_none) || verdicts.iter().all(Option::is_some) {
        return;
    }
    let mut verdict = verdicts.iter();
    let mut kept_keys = std::mem::take(keys).into_iter();
    let mut kept_lines = Vec::with_capacity(lines.len());
    for line in lines.drain(..) {
        let key = kept_keys.next().unwrap_or_default();
        match verdict.next().copied().flatten() {
            Some(reason) => removed.push(RemovedLine { line: line.to_owned(), reason: reason.to_owned() }),
            None => {
                kept_lines.push(line);
                keys.push(key);
            }
        }
    }
    *lines = kept_lines;
}

/// Reason recorded for a byline, whose author becomes metadata.
pub const REASON_BYLINE: &str = "byline (its author kept as metadata)";

/// Cues that open a byline, in match-key form: `بقلم`, `كتب`, `إعداد`.
const BYLINE_CUES: &[&str] = &["بقلم", "كتب", "كتبت", "كتبه", "كتبها", "اعداد"];
/// The most words a byline's name may have.
const MAX_BYLINE_NAME_WORDS: usize = 4;

/// Takes a byline (`بقلم: سعاد الحربي`, `كتب - خالد منصور`) out of the first or last two lines,
/// keeping its name as the author when the input declared none.
fn take_byline(
    lines: &mut Vec<&str>,
    keys: &mut Vec<String>,
    removed: &mut Vec<RemovedLine>,
    author: &mut Option<String>,
) {
    if lines.len() < 2 {
        return;
    }
    let ends = [0, 1, lines.len() - 2, lines.len() - 1];
    let Some((at, name)) = ends.iter().find_map(|&i| byline_name(lines[i]).map(|name| (i, name))) else {
        return;
    };
    removed.push(RemovedLine { line: lines[at].to_owned(), reason: REASON_BYLINE.to_owned() });
    author.get_or_insert(name);
    lines.remove(at);
    keys.remove(at);
}

/// The name a byline line gives, or `None` if `line` is not a byline.
fn byline_name(line: &str) -> Option<String> {
    let line = line.trim();
    if line.trim_end_matches(['"', '»', ')']).ends_with(['.', '؟', '!', '،', ',']) {
        return None;
    }
    let first_end = line.find(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | 'ـ'))?;
    let cue = match_key(&line[..first_end]);
    if !BYLINE_CUES.contains(&cue.as_str()) {
        return None;
    }
    let rest = line[first_end..].trim_start();
    let marked = rest.starts_with([':', '-', '–', 'ـ']);
    let name = rest.trim_start_matches([':', '-', '–', 'ـ', ' ']);
    // A name may be followed by a place: `كتب: خالد منصور - جدة`.
    let name = name.split(['-', '–', 'ـ', '،', ',']).next().unwrap_or_default();
    let name: Vec<&str> = name.split_whitespace().collect();
    if !name.iter().all(|w| w.chars().all(marsad_arabic::tokenize::is_arabic_word_char)) {
        return None;
    }
    let words_after_cue = rest.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    let plain = name.iter().all(|w| !stem::is_stopword(&match_key(w)));
    // Without a colon or dash only `بقلم` (by the pen of) is a byline: `كتب` is also "books", and
    // `إعداد` "preparing".
    let fits = if marked {
        words_after_cue <= MAX_BYLINE_NAME_WORDS + 2
    } else {
        cue == "بقلم" && words_after_cue == name.len()
    };
    (!name.is_empty() && name.len() <= MAX_BYLINE_NAME_WORDS && plain && fits).then(|| name.join(" "))
}

/// Reason recorded for a credit line, whose agencies become metadata.
pub const REASON_CREDIT: &str = "credit line (its agencies kept as metadata)";

/// The most words of an outlet's name before the agencies of a credit line.
const MAX_OUTLET_WORDS: usize = 3;

/// The agencies a credit line names (`ساهم الكاتب … في وكالة أسوشيتد برس من سيول`) or a
/// source line (`المصدر: وكالة الأناضول`), or `None` if `line` is neither.
fn credit_line_agencies(key: &str, line: &str) -> Option<Vec<&'static str>> {
    if let Some(agencies) = dateline::source_line_agencies(key) {
        return Some(agencies);
    }
    // The outlet's own name before the agencies': `فرانس 24/ رويترز`, `فرانس24/أ ف ب`.
    if let Some((outlet, agencies)) = key.rsplit_once('/') {
        let outlet_words = outlet.split_whitespace().count();
        if (1..=MAX_OUTLET_WORDS).contains(&outlet_words) {
            if let Some(agencies) = dateline::source_line_agencies(agencies) {
                return Some(agencies);
            }
        }
    }
    let key = key.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opens_like_credit = ["ساهم", "شارك في اعداد", "ساعد في اعداد"].iter().any(|cue| key.starts_with(cue));
    if !opens_like_credit || !has_at_most_words(line, 40) {
        return None;
    }
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let agencies = dateline::agencies_in_words(&words);
    // `ساهم` also opens ordinary sentences (`ساهم المهرجان في …`): a credit names an agency or
    // the reporting it helped with.
    let about_reporting =
        ["في اعداد", "في تغطيه", "في كتابه", "في التغطيه", "في التقرير"].iter().any(|w| key.contains(w));
    (!agencies.is_empty() || about_reporting).then_some(agencies)
}

/// Takes the headline of a plain-text article off `lines`: the first line if it reads like a
/// headline, unless that line is a site name (a short line whose words the article uses only
/// where it repeats the name whole, above a headline-like line), in which case it is recorded as removed and the next line is
/// the headline. A text that opens with a paragraph has no headline: `None`, nothing is taken.
fn take_title_line(lines: &mut Vec<&str>, removed: &mut Vec<RemovedLine>) -> Option<String> {
    if lines.len() >= 3 && is_site_header(lines[0], lines[1], &lines[2..]) {
        removed.push(RemovedLine { line: lines[0].to_owned(), reason: REASON_SITE_HEADER.to_owned() });
        lines.remove(0);
    }
    // A one-line text is all body.
    (lines.len() >= 2 && looks_like_headline(lines[0])).then(|| lines.remove(0).to_owned())
}

/// The most words a site-name line may have.
const MAX_SITE_HEADER_WORDS: usize = 3;
/// The most words a headline may have.
const MAX_HEADLINE_WORDS: usize = 30;

fn is_site_header(first: &str, second: &str, body: &[&str]) -> bool {
    let short = has_at_most_words(first, MAX_SITE_HEADER_WORDS);
    // Above a headline that a paragraph soon follows (a share prompt or a date may come between).
    let paragraph_follows = body.iter().take(3).any(|line| !looks_like_headline(line));
    if !short || !looks_like_headline(first) || !looks_like_headline(second) || !paragraph_follows {
        return false;
    }
    // Lines that are not sentences and repeat the name whole (`جميع الحقوق محفوظة © 2026 <site>`)
    // are furniture too: they do not make the name part of the article.
    let repeats_name = |line: &&&str| line.contains(first) && looks_like_headline(line);
    let body_stems: HashSet<String> =
        body.iter().filter(|line| !repeats_name(line)).flat_map(|line| content_stems(line)).collect();
    content_stems(first).iter().all(|stem| !body_stems.contains(stem))
}

/// A line short enough for a headline that does not end like a paragraph (a headline may end
/// with `؟` or `!`, not with `.` or `،`) and does not open with a dateline.
fn looks_like_headline(line: &str) -> bool {
    let ends_like_paragraph = line.trim_end_matches(['"', '»', '”', ')']).ends_with(['.', '،', ',', ':', '؛']);
    !line.trim().is_empty()
        && has_at_most_words(line, MAX_HEADLINE_WORDS)
        && !ends_like_paragraph
        && parse_dateline(line).is_none()
        && byline_name(line).is_none()
}

/// True if `line` has at most `max` words (counting stops at `max + 1`).
pub fn has_at_most_words(line: &str, max: usize) -> bool {
    line.split_whitespace().nth(max).is_none()
}

/// Stems of the content words of `text` (stopwords and one-letter words left out).
pub fn content_stems(text: &str) -> Vec<String> {
    content_stems_of_key(&match_key(text))
}

/// [`content_stems`] of a text already in match-key form.
pub fn content_stems_of_key(key: &str) -> Vec<String> {
    marsad_arabic::tokenize::tokenize(key)
        .into_iter()
        .filter(|token| token.is_word() && token.text.chars().count() > 1 && !stem::is_stopword(token.text))
        .map(|token| stem::stem(token.text))
        .collect()
}

/// The date of an article for ordering: its publication date, else when it was fetched.
pub fn best_known_date(article: &Article) -> Option<NaiveDate> {
    article.published.or(article.extracted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::article_id;
    use crate::model::Declared;

    fn txt(body: &str) -> RawDocument {
        RawDocument {
            origin: "a.txt".into(),
            location: "a.txt".into(),
            format: Format::Txt,
            raw: body.as_bytes().to_vec(),
            encoding: "UTF-8",
            body: body.into(),
            declared: Declared::default(),
            link_lines: Vec::new(),
            repaired: Vec::new(),
        }
    }

    #[test]
    fn the_first_line_of_a_text_file_is_the_title() {
        let article =
            clean(txt("\n\nافتتاح جسر جديد\n\nافتتحت البلدية جسرا جديدا.\nوقال رئيسها إن الجسر سيخفف الزحام."))
                .unwrap();
        assert_eq!(article.title.as_deref(), Some("افتتاح جسر جديد"));
        assert_eq!(article.text, "افتتحت البلدية جسرا جديدا.\nوقال رئيسها إن الجسر سيخفف الزحام.");
        assert!(article.removed.is_empty());
        assert_eq!(article.id, article_id(&article.text));
    }

    #[test]
    fn html_entities_in_a_dump_are_decoded() {
        let mut doc = txt(
            "قال الوزير &quot;سنبني الجسر&quot; وأضاف أن العمل يبدأ غدا &amp; ينتهي بعد عام.\nوتابع أن التمويل جاهز.",
        );
        doc.declared.title = Some("الوزير: &#39;الجسر&#39; خلال عام".into());
        let article = clean(doc).unwrap();
        assert_eq!(article.title.as_deref(), Some("الوزير: 'الجسر' خلال عام"));
        assert!(article.text.starts_with("قال الوزير \"سنبني الجسر\" وأضاف"), "{}", article.text);
        assert!(article.text.contains("غدا & ينتهي"));
    }

    #[test]
    fn a_site_name_above_the_headline_is_removed_on_record() {
        let article = clean(txt(
            "شبكة الأفق\nافتتاح جسر جديد في المدينة\nافتتحت البلدية جسرا جديدا.\nوقال رئيسها إن الجسر سيخفف الزحام.",
        ))
        .unwrap();
        assert_eq!(article.title.as_deref(), Some("افتتاح جسر جديد في المدينة"));
        assert_eq!(article.removed, [RemovedLine { line: "شبكة الأفق".into(), reason: REASON_SITE_HEADER.into() }]);
    }

    #[test]
    fn a_site_name_repeated_in_a_copyright_line_is_still_a_site_name() {
        let article =
            clean(txt("شبكة الأفق\nافتتاح جسر جديد\nافتتحت البلدية جسرا.\nجميع الحقوق محفوظة لشبكة الأفق 2026")).unwrap();
        assert_eq!(article.title.as_deref(), Some("افتتاح جسر جديد"));
    }

    #[test]
    fn a_short_headline_whose_words_recur_is_kept_as_the_title() {
        let article =
            clean(txt("زلزال قوي\nتفاصيل أولية عن الأضرار\nضرب زلزال قوي المنطقة فجرا.\nولم ترد أنباء عن ضحايا."))
                .unwrap();
        assert_eq!(article.title.as_deref(), Some("زلزال قوي"));
        assert!(article.text.starts_with("تفاصيل أولية"));
    }

    #[test]
    fn a_text_that_opens_with_a_paragraph_has_no_title() {
        let body = "عمّان (رويترز) – أعلنت الحكومة خطة جديدة.\nوقال الوزير إنها تبدأ غدا.";
        let article = clean(txt(body)).unwrap();
        assert_eq!(article.title, None);
        assert_eq!(article.text, body, "no sentence is lost");
        let article = clean(txt("أعلنت الحكومة اليوم خطة جديدة للنقل العام.\nوقال الوزير إنها تبدأ غدا.")).unwrap();
        assert_eq!(article.title, None);
    }

    #[test]
    fn a_paragraph_set_apart_at_the_top_is_the_teaser() {
        let page =
            "عنوان الخبر\nملخص قصير للخبر في سطرين.\n\n\nالفقرة الأولى من الخبر.\nالفقرة الثانية.\nالفقرة الثالثة.";
        let article = clean(txt(page)).unwrap();
        assert_eq!(article.description.as_deref(), Some("ملخص قصير للخبر في سطرين."));
        assert!(article.text.starts_with("ملخص قصير"), "the teaser stays in the text");
        // Paragraphs all set apart alike: no teaser.
        let page = "عنوان الخبر\n\nالفقرة الأولى.\n\nالفقرة الثانية.\n\nالفقرة الثالثة.\n\nالرابعة.";
        assert_eq!(clean(txt(page)).unwrap().description, None);
    }

    #[test]
    fn a_byline_gives_the_author_and_leaves_the_text() {
        let article =
            clean(txt("عنوان الخبر\nبقلم: سعاد الحربي\nافتتحت البلدية جسرا جديدا.\nوقال رئيسها إنه يخفف الزحام."))
                .unwrap();
        assert_eq!(article.author.as_deref(), Some("سعاد الحربي"));
        assert_eq!(article.removed[0].reason, REASON_BYLINE);
        assert!(article.text.starts_with("افتتحت"));
        for (line, name) in [
            ("كتب - خالد منصور - جدة", Some("خالد منصور")),
            ("بقلم خالد منصور", Some("خالد منصور")),
            ("كتب التاريخ", None),
            ("إعداد جيل متعلم يقود المستقبل", None),
            ("إعداد: ليلى حسن", Some("ليلى حسن")),
            ("كتب الوزير رسالة إلى نظيره.", None),
            ("كتب الوزير رسالة إلى نظيره يطلب فيها الدعم", None),
            ("بقلم الرصاص رسم الطفل لوحته الأولى", None),
        ] {
            assert_eq!(byline_name(line).as_deref(), name, "line {line}");
        }
    }

    #[test]
    fn credit_lines_name_agencies_or_reporting_and_sentences_stay() {
        let credit = |line: &str| credit_line_agencies(&match_key(line), line);
        assert_eq!(credit("ساهم في إعداد التقرير مراسل رويترز في كسلا."), Some(vec!["Reuters"]));
        assert_eq!(credit("ساهم في التغطية سامي علي."), Some(vec![]));
        assert_eq!(credit("ساهم المهرجان في إيجاد مصدر دخل إضافي للأسر المنتجة."), None);
        assert_eq!(credit("فرانس 24/ رويترز"), Some(vec!["Reuters"]));
        assert_eq!(credit("فرانس24/أ ف ب"), Some(vec!["AFP"]));
        assert_eq!(credit("المسافة بين المدينتين 24/ساعة"), None);
    }

    #[test]
    fn a_question_can_be_a_headline() {
        let article = clean(txt("هل تنجح المفاوضات؟\nيلتقي الطرفان غدا.")).unwrap();
        assert_eq!(article.title.as_deref(), Some("هل تنجح المفاوضات؟"));
    }

    #[test]
    fn reads_the_publication_line_and_the_dateline() {
        let article = clean(txt(
            "عنوان الخبر\nنشر في 14 مارس 2026\nعمّان (رويترز) – أعلنت الحكومة خطة جديدة.\nوقال الوزير إنها تبدأ غدا.",
        ))
        .unwrap();
        assert_eq!(article.published, NaiveDate::from_ymd_opt(2026, 3, 14));
        assert_eq!(article.dateline.as_deref(), Some("عمّان"));
        assert_eq!(article.agencies, ["Reuters"]);
        assert_eq!(article.removed.len(), 1);
        assert_eq!(article.removed[0].line, "نشر في 14 مارس 2026");
        assert!(article.text.starts_with("عمّان (رويترز)"), "the dateline stays in the text");
    }

    #[test]
    fn jsonl_records_use_declared_metadata() {
        let mut doc = txt("عنوان\nنص الخبر الأول.\nنص ثان.");
        doc.format = Format::Jsonl;
        doc.declared = Declared {
            title: Some("عنوان".into()),
            source: Some("okaz".into()),
            published: Some("2026-03-14".into()),
            extracted: Some("2015-07-21 02:51:32".into()),
            ..Declared::default()
        };
        let article = clean(doc).unwrap();
        assert_eq!(article.title.as_deref(), Some("عنوان"));
        assert_eq!(article.text, "نص الخبر الأول.\nنص ثان.", "the repeated title line is not body");
        assert_eq!(article.source.as_deref(), Some("okaz"));
        assert_eq!(article.published, NaiveDate::from_ymd_opt(2026, 3, 14));
        assert_eq!(article.extracted, NaiveDate::from_ymd_opt(2015, 7, 21));
    }

    #[test]
    fn a_title_alone_leaves_nothing() {
        let mut doc = txt("عنوان فقط");
        doc.format = Format::Jsonl;
        doc.declared.title = Some("عنوان فقط".into());
        assert_eq!(clean(doc), Err(RejectReason::NothingLeft));
        // A one-line text file is body, not a title.
        assert_eq!(clean(txt("خبر من سطر واحد.")).unwrap().text, "خبر من سطر واحد.");
    }

    #[test]
    fn an_encoded_token_inside_a_paragraph_goes_alone() {
        let paragraph = "قالت وزارة الصحة إن فرق الإسعاف نقلت 12 مصابا إلى المستشفيات القريبة بعد الحادث الذي وقع \
                         مساء أمس على الطريق السريع dGhpcyBpcyBhIHRyYWNraW5nIHRva2VuMTIz= وأضافت أن حالة ثلاثة منهم خطيرة \
                         وأن التحقيق في أسباب الحادث ما زال جاريا حتى الآن.";
        let mut doc = txt(paragraph);
        doc.declared.title = Some("حادث على الطريق السريع".into());
        let article = clean(doc).expect("the paragraph is kept");
        assert!(article.text.contains("على الطريق السريع وأضافت"), "{}", article.text);
        assert!(!article.text.contains("dGhp"));
        assert!(article.removed.iter().any(|r| r.reason == boilerplate::reason::TOKEN && r.line.starts_with("dGhp")));
    }
}
