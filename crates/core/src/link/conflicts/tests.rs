//! Tests of conflicts: which figures the articles of an event give about one thing, and where they differ.

use super::*;

fn claims_of(text: &str) -> Vec<NumberClaim> {
    claims::number_claims(text)
}

/// Every article of these tests is linked to every other: `ALL` holds their ids, sorted.
const ALL: &[&str] = &["a", "b", "c"];

/// The findings of two articles of one event from two sources.
fn find_pair(a: &[NumberClaim], b: &[NumberClaim]) -> Vec<Finding> {
    find(&[article("a", "e", "a", a), article("b", "e", "b", b)])
}

fn article<'a>(id: &'a str, event: &'a str, source: &'a str, claims: &'a [NumberClaim]) -> ArticleClaims<'a> {
    ArticleClaims {
        article: id,
        event,
        story: None,
        source,
        linked: ALL,
        claims,
        published: None,
        published_time: None,
    }
}

#[test]
fn two_sources_giving_other_figures_for_one_thing_conflict() {
    let a = claims_of("نزح نحو 12 ألف شخص من القرى بعد انهيار السد، وفقا للسلطات المحلية.");
    let b = claims_of("نزح حوالي 20 ألف شخص من القرى بعد انهيار السد، بحسب الأمم المتحدة.");
    let findings = find_pair(&a, &b);
    let conflict = findings.iter().find(|f| f.kind == FindingKind::Conflict).expect("a conflict");
    let values: Vec<f64> = conflict.values.iter().map(|v| v.value).collect();
    assert_eq!(values, [12000.0, 20000.0]);
    assert_eq!(conflict.values[0].articles, ["a"]);
    assert_eq!(conflict.values[1].attribution.as_deref(), Some("الأمم المتحدة"));
}

#[test]
fn one_figure_from_several_articles_is_an_agreement_counting_copies_once() {
    let a = claims_of("قتل ما لا يقل عن 35 شخصا في انهيار السد.");
    let copy = a.clone();
    let b = claims_of("قتل 35 شخصا على الأقل في انهيار السد بحسب مصادر طبية.");
    let findings = find(&[article("a", "e", "a", &a), article("c", "e", "a", &copy), article("b", "e", "b", &b)]);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].kind, FindingKind::Agreement);
    assert_eq!(findings[0].values[0].articles, ["a", "b", "c"]);
    assert_eq!(findings[0].values[0].sources, 2, "the copy is not another source");
}

#[test]
fn close_approximate_figures_and_other_subjects_are_not_conflicts() {
    let a = claims_of("نزح نحو 12 ألف شخص من القرى بعد انهيار السد.");
    let b = claims_of("نزح قرابة 12500 شخص من القرى بعد انهيار السد.");
    // Of one event and one unit, but injured in a road accident, not displaced by the dam.
    let c = claims_of("أصيب 40 شخصا في حادث سير على طريق المطار.");
    let findings = find(&[article("a", "e", "a", &a), article("b", "e", "b", &b), article("c", "e", "c", &c)]);
    assert!(findings.iter().all(|f| f.kind == FindingKind::Agreement), "{findings:?}");
}

#[test]
fn claims_of_other_events_and_storylines_are_not_compared() {
    let a = claims_of("نزح نحو 12 ألف شخص من القرى بعد انهيار السد، وفقا للسلطات المحلية.");
    let b = claims_of("نزح حوالي 20 ألف شخص من القرى بعد انهيار السد، بحسب الأمم المتحدة.");
    assert!(find(&[article("a", "e1", "a", &a), article("b", "e2", "b", &b)]).is_empty());
    let mut storyline = [article("a", "e1", "a", &a), article("b", "e2", "b", &b)];
    storyline.iter_mut().for_each(|x| x.story = Some("s"));
    assert_eq!(find(&storyline).len(), 1, "one storyline: compared across its events");
    // Events published days apart are other happenings of the storyline.
    let day = |d: u32| NaiveDate::from_ymd_opt(2024, 3, d);
    (storyline[0].published, storyline[1].published) = (day(1), day(9));
    assert!(find(&storyline).is_empty());
    (storyline[0].published, storyline[1].published) = (day(1), day(2));
    assert_eq!(find(&storyline).len(), 1);
    // Across events, a figure nobody is quoted for is not set against another.
    let unattributed = claims_of("نزح حوالي 20 ألف شخص من القرى بعد انهيار السد.");
    storyline[1].claims = &unattributed;
    assert!(find(&storyline).is_empty());
}

#[test]
fn a_figure_dated_years_before_its_article_is_background_not_a_disagreement() {
    let a = claims_of("قتل 100 شخص في تحطم طائرة ركاب قرب العاصمة.");
    let b = claims_of("وقتل 68 شخصا في تحطم طائرة ركاب قرب العاصمة عام 2010.");
    let day = NaiveDate::from_ymd_opt(2018, 5, 19);
    let (mut first, mut second) = (article("a", "e", "a", &a), article("b", "e", "b", &b));
    (first.published, second.published) = (day, day);
    assert!(find(&[first.clone(), second.clone()]).iter().all(|f| f.kind != FindingKind::Conflict));
    // Undated, the same two figures disagree.
    (first.published, second.published) = (None, None);
    assert!(find(&[first, second]).iter().any(|f| f.kind == FindingKind::Conflict));
}

#[test]
fn relative_days_are_counted_from_each_articles_publication() {
    let a = claims_of("قتل أربعة مدنيين أمس في قصف على البلدة.");
    let b = claims_of("قتل سبعة مدنيين أمس في قصف على البلدة.");
    let c = claims_of("قتل سبعة مدنيين أمس الأول في قصف على البلدة.");
    let day = |d: u32| NaiveDate::from_ymd_opt(2024, 3, d);
    let dated = |id, claims, d| ArticleClaims { published: day(d), ..article(id, "e", id, claims) };
    // Yesterday in papers of two days: two days' tolls.
    assert!(find(&[dated("a", &a, 2), dated("b", &b, 3)]).is_empty());
    // Yesterday on the 3rd and the day before yesterday on the 4th: one day's toll, compared
    // (a larger figure published later: an update).
    assert!(!find(&[dated("a", &a, 3), dated("c", &c, 4)]).is_empty());
    // Yesterday and the day before yesterday in papers of one day: two days.
    assert!(find(&[dated("a", &a, 3), dated("c", &c, 3)]).is_empty());
}

#[test]
fn a_toll_that_grows_from_day_to_day_is_an_update_not_a_conflict() {
    let a = claims_of("قتل أربعة مدنيين في قصف على دونيتسك.");
    let b = claims_of("قتل سبعة مدنيين في قصف على دونيتسك.");
    let day = |d: u32| NaiveDate::from_ymd_opt(2024, 3, d);
    let (mut first, mut second) = (article("a", "e", "a", &a), article("b", "e", "b", &b));
    (first.published, second.published) = (day(1), day(2));
    let findings = find(&[first.clone(), second.clone()]);
    let update = findings.iter().find(|f| f.kind == FindingKind::Update).expect("an update");
    let timeline: Vec<(f64, Option<NaiveDate>)> = update.values.iter().map(|v| (v.value, v.first_published)).collect();
    assert_eq!(timeline, [(4.0, day(1)), (7.0, day(2))]);
    // A smaller figure on the later day, or both on one day, is a disagreement.
    (first.published, second.published) = (day(2), day(1));
    assert!(find(&[first.clone(), second.clone()]).iter().any(|f| f.kind == FindingKind::Conflict));
    (first.published, second.published) = (day(1), day(1));
    assert!(find(&[first.clone(), second.clone()]).iter().any(|f| f.kind == FindingKind::Conflict));
    // On one day, the larger toll published after the smaller (by the time of day) is its
    // update; published before it, a disagreement.
    (first.published_time, second.published_time) = (Some(1_709_280_000), Some(1_709_281_800));
    assert!(find(&[first.clone(), second.clone()]).iter().all(|f| f.kind == FindingKind::Update));
    second.published_time = Some(1_709_278_200);
    assert!(find(&[first, second]).iter().any(|f| f.kind == FindingKind::Conflict));
}

#[test]
fn any_count_that_grows_is_an_update() {
    let a = claims_of("أعلن الجيش أن 25 قذيفة هاون أطلقت على مواقع في الجنوب.");
    let b = claims_of("أعلن الجيش أن نحو 35 قذيفة هاون أطلقت على مواقع في الجنوب.");
    let day = |d: u32| NaiveDate::from_ymd_opt(2024, 3, d);
    let (mut first, mut second) = (article("a", "e", "a", &a), article("b", "e", "b", &b));
    (first.published, second.published) = (day(1), day(1));
    assert!(find(&[first.clone(), second.clone()]).iter().any(|f| f.kind == FindingKind::Conflict));
    (first.published, second.published) = (day(1), day(2));
    assert!(find(&[first.clone(), second.clone()]).iter().all(|f| f.kind == FindingKind::Update));
    // Two sources' assessments of troops are no growth, whenever given.
    let a = claims_of("أرسلت الدولة نحو 10 آلاف جندي إلى الجبهة بحسب تقديرات سيول.");
    let b = claims_of("أرسلت الدولة نحو 15 ألف جندي إلى الجبهة بحسب تقديرات لندن.");
    let (first, second) = (ArticleClaims { published: day(1), ..first }, ArticleClaims { published: day(2), ..second });
    let (first, second) = (ArticleClaims { claims: &a, ..first }, ArticleClaims { claims: &b, ..second });
    assert!(find(&[first, second]).iter().any(|f| f.kind == FindingKind::Conflict));
}

#[test]
fn figures_a_third_report_gives_together_are_two_counts() {
    let hospital = claims_of("قتل 16 شخصا في غارة على المستشفى الرئيسي في عفرين.");
    let city = claims_of("قتل 27 شخصا في قصف على مدينة عفرين.");
    let both = claims_of("قتل 27 شخصا في قصف على مدينة عفرين. وقتل 16 شخصا في غارة على المستشفى الرئيسي.");
    let all = [article("a", "e", "a", &hospital), article("b", "e", "b", &city)];
    assert!(find(&all).iter().any(|f| f.kind == FindingKind::Conflict));
    let with_both = [all[0].clone(), all[1].clone(), article("c", "e", "c", &both)];
    let findings = find(&with_both);
    assert!(findings.iter().all(|f| f.kind != FindingKind::Conflict), "{findings:?}");
    // A report setting two sources' figures against each other keeps the disagreement.
    let disputed =
        claims_of("قتل 27 شخصا في قصف على عفرين بحسب المرصد. وقتل 16 شخصا في قصف على عفرين بحسب وكالة الأناضول.");
    let with_dispute = [all[0].clone(), all[1].clone(), article("c", "e", "c", &disputed)];
    assert!(find(&with_dispute).iter().any(|f| f.kind == FindingKind::Conflict));
}

#[test]
fn tolls_of_one_event_published_days_apart_are_not_compared() {
    let a = claims_of("قتل 83 عنصرا من المسلحين في مواجهات على الساحل.");
    let b = claims_of("قتل 64 عنصرا من المسلحين في مواجهات على الساحل.");
    let day = |d: u32| NaiveDate::from_ymd_opt(2024, 5, d);
    let dated = |id, claims, d| ArticleClaims { published: day(d), ..article(id, "e", id, claims) };
    assert!(find(&[dated("a", &a, 25), dated("b", &b, 26)]).iter().any(|f| f.kind == FindingKind::Conflict));
    assert!(find(&[dated("a", &a, 25), dated("b", &b, 27)]).is_empty());
}

#[test]
fn a_part_of_a_named_set_never_contradicts_the_whole() {
    let a = claims_of("قتل 18 مدنيا بينهم 5 أطفال في قصف على دونيتسك.");
    let b = claims_of("قتل 18 مدنيا بينهم 7 أطفال في قصف على دونيتسك.");
    let findings = find_pair(&a, &b);
    assert!(findings.iter().all(|f| f.kind != FindingKind::Conflict), "{findings:?}");
    // The same figures given as wholes disagree.
    let a = claims_of("قتل 5 أطفال في قصف على دونيتسك.");
    let b = claims_of("قتل 7 أطفال في قصف على دونيتسك.");
    assert!(find_pair(&a, &b).iter().any(|f| f.kind == FindingKind::Conflict));
}

#[test]
fn a_source_that_also_gives_the_other_figure_does_not_disagree() {
    let a = claims_of("قتل ثلاثة مدنيين في قصف على دونيتسك. وفي وقت لاحق قتل أربعة مدنيين في قصف دونيتسك.");
    let b = claims_of("قتل أربعة مدنيين في قصف على دونيتسك.");
    let findings = find_pair(&a, &b);
    assert!(findings.iter().all(|f| f.kind != FindingKind::Conflict), "{findings:?}");
}

#[test]
fn one_text_giving_two_figures_is_no_disagreement() {
    let a = claims_of("أرسلت الحكومة 300 جندي إلى الحدود. ثم أرسلت الحكومة 500 جندي إلى الحدود.");
    let copy = a.clone();
    let findings = find(&[article("a", "e", "a", &a), article("b", "e", "a", &copy)]);
    assert!(findings.iter().all(|f| f.kind != FindingKind::Conflict), "{findings:?}");
}

#[test]
fn the_killed_of_one_event_are_compared_whatever_the_wording() {
    let a = claims_of("قتل أربعة مدنيين في قصف على دونيتسك.");
    let b = claims_of("لقي ثلاثة مدنيين حتفهم في القصف، حسبما أكدت كييف.");
    let findings = find_pair(&a, &b);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].kind, FindingKind::Conflict);
    // Of one event, but not linked to each other: two accidents the event drew together.
    let mut apart = [article("a", "e", "a", &a), article("b", "e", "b", &b)];
    apart[0].linked = &[];
    apart[1].linked = &[];
    assert!(find(&apart).is_empty());
    // Of one event, but another town: another toll.
    let elsewhere = claims_of("قتل ثلاثة مدنيين في قصف على خاركيف.");
    assert!(find_pair(&a, &elsewhere).is_empty());
    // Of two events, the same clauses are not enough words to restate each other.
    assert!(find(&[article("a", "e1", "a", &a), article("b", "e2", "b", &b)]).is_empty());
}

#[test]
fn market_figures_of_other_days_are_not_compared() {
    let a = claims_of("وبلغت كمية الأسهم المتداولة اليوم 462 ألف سهم بقيمة 874 ألف دولار.");
    let b = claims_of("وبلغ حجم التداول في البورصة 110 آلاف سهم بقيمة 357 ألف دولار.");
    let mut storyline = [article("a", "e1", "a", &a), article("b", "e2", "b", &b)];
    storyline.iter_mut().for_each(|x| x.story = Some("s"));
    assert!(find(&storyline).is_empty(), "{:?}", find(&storyline));
}

#[test]
fn items_of_a_list_are_not_compared() {
    let list = "وزعت الجمعية 450 سلة في الحي الأول، و220 سلة في الحي الثاني، و97 سلة في الحي الثالث.";
    let a = claims_of(list);
    let b = claims_of("وزعت الجمعية 500 سلة غذائية في الحي الأول.");
    assert_eq!(a.len(), 3);
    assert!(find_pair(&a, &b).is_empty());
    // The same figure alone is compared.
    let one = claims_of("وزعت الجمعية 450 سلة في الحي الأول.");
    assert_eq!(find_pair(&one, &b).len(), 1);
    // Two figures of one unit with two outcomes are no list: the killed are compared.
    let killed_and_injured = claims_of("قتل 5 أشخاص وأصيب 10 أشخاص في الانفجار.");
    let killed = claims_of("قتل 6 أشخاص في الانفجار.");
    let findings = find_pair(&killed_and_injured, &killed);
    let values: Vec<Vec<f64>> = findings.iter().map(|f| f.values.iter().map(|v| v.value).collect()).collect();
    assert_eq!(values, [vec![5.0, 6.0]], "{findings:?}");
}

#[test]
fn tolls_of_other_localities_or_days_are_other_tolls() {
    let front = claims_of("قتل 8 مسلحين في جبهة الجفينة.");
    let other_front = claims_of("قتل 16 مسلحا في جبهة الجنادبة.");
    assert!(find_pair(&front, &other_front).is_empty());
    let same_front = claims_of("لقي 16 مسلحا مصرعهم في معارك جبهة الجفينة.");
    assert_eq!(find_pair(&front, &same_front).len(), 1);
    // Two towns of one province: the province both name does not make them one place.
    let ramadi = claims_of("قتل 15 عنصرا شرقي الرمادي بمحافظة الأنبار.");
    let fallujah = claims_of("قتل 25 عنصرا في مدينة الفلوجة بمحافظة الأنبار.");
    assert!(find_pair(&ramadi, &fallujah).is_empty());
    // Friday's strikes are not Saturday's.
    let friday = claims_of("شن التحالف 15 غارة على مواقع التنظيم أمس الجمعة.");
    let saturday = claims_of("شن التحالف 19 غارة على مواقع التنظيم اليوم السبت.");
    assert!(find_pair(&friday, &saturday).is_empty());
}

#[test]
fn an_earlier_or_revised_count_is_a_tolls_history_not_a_disagreement() {
    let now = claims_of("قتل 12 شخصا في الهجوم على الفندق.");
    for before in [
        "وكانت مصادر عسكرية قد أعلنت مقتل 8 أشخاص في الهجوم على الفندق.",
        "وفي وقت سابق أفادت مصادر بمقتل 8 أشخاص في الهجوم على الفندق.",
        "ارتفعت حصيلة الهجوم على الفندق إلى 8 أشخاص قتلوا.",
    ] {
        let before = claims_of(before);
        let findings = find_pair(&now, &before);
        assert!(findings.is_empty(), "{findings:?}");
    }
    // The same value still agrees.
    let same = claims_of("وكانت مصادر عسكرية قد أعلنت مقتل 12 شخصا في الهجوم على الفندق.");
    let findings = find_pair(&now, &same);
    assert_eq!(findings.iter().map(|f| f.kind).collect::<Vec<_>>(), [FindingKind::Agreement]);
}

#[test]
fn an_article_giving_several_tolls_of_one_kind_contradicts_no_single_one() {
    // Two fronts' dead in one article, none of them named: neither is the other report's.
    let several = claims_of("قتل 8 مسلحين في الغارة الأولى. وقتل 42 مسلحا في معارك اليومين.");
    let single = claims_of("قتل 16 مسلحا في المعارك.");
    assert!(find_pair(&several, &single).is_empty());
    // But an article reporting two sources' figures reports a disagreement.
    let reported = claims_of("قتل 8 مسلحين بحسب الجيش. وقتل 16 مسلحا وفقا للمرصد السوري.");
    let findings = find_pair(&reported, &single);
    assert_eq!(findings.iter().map(|f| f.kind).collect::<Vec<_>>(), [FindingKind::Conflict], "{findings:?}");
}

#[test]
fn claims_joined_only_through_a_third_are_not_in_disagreement() {
    // The placeless clause is about one thing with each and agrees with both (at least 15),
    // but the two named tolls are apart.
    let ramadi = claims_of("قتل 15 عنصرا في الرمادي.");
    let placeless = claims_of("قتل ما لا يقل عن 15 عنصرا من التنظيم.");
    let fallujah = claims_of("قتل 25 عنصرا في الفلوجة.");
    let findings =
        find(&[article("a", "e", "a", &ramadi), article("b", "e", "b", &placeless), article("c", "e", "c", &fallujah)]);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!((findings[0].kind, findings[0].values[0].value), (FindingKind::Agreement, 15.0));
}
