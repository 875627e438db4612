//! Tests of claims: figures, attributions, settings, conflicts of values and quotes.

use super::context::context_stem;
use super::*;

fn only(text: &str) -> NumberClaim {
    let claims = number_claims(text);
    assert_eq!(claims.len(), 1, "one claim in {text}: {claims:#?}");
    claims[0].clone()
}

fn claim(value: f64, qualifier: Qualifier, subject: &str, context: &[&str]) -> NumberClaim {
    NumberClaim {
        value,
        qualifier,
        unit: None,
        subject: subject.into(),
        context: context.iter().map(|s| s.to_string()).collect(),
        attribution: None,
        sentence: String::new(),
        span: 0..0,
        part: false,
    }
}

#[test]
fn digits_and_words_give_the_same_troops_figure() {
    for text in ["أرسلت الدولة نحو 10 آلاف جندي إلى الجبهة.", "أرسلت الدولة نحو عشرة آلاف جندي إلى الجبهة."]
    {
        let c = only(text);
        assert_eq!(c.value, 10000.0, "{text}");
        assert_eq!(c.qualifier, Qualifier::About);
        assert_eq!(c.subject, "جندي");
        assert_eq!(c.unit.as_deref(), Some("جندي"));
        assert!(c.context.contains(&"ارسل".to_string()), "{:?}", c.context);
        assert!(!c.context.contains(&"جندي".to_string()));
    }
    let c = only("وصل 15 ألف جندي إلى المدينة.");
    assert_eq!((c.value, c.qualifier, c.subject.as_str()), (15000.0, Qualifier::Exact, "جندي"));
}

#[test]
fn at_least_before_or_after() {
    let c = only("سقط 600 قتيل على الأقل في المعارك.");
    assert_eq!((c.value, c.qualifier, c.subject.as_str()), (600.0, Qualifier::AtLeast, "قتيل"));
    let c = only("أصيب ما لا يقل عن 600 شخص في الزلزال.");
    assert_eq!((c.value, c.qualifier, c.subject.as_str()), (600.0, Qualifier::AtLeast, "شخص"));
}

#[test]
fn units_are_singular_match_keys() {
    let cases = [
        ("وصل 20 جنديا إلى القرية.", "جندي", "جنديا"),
        ("قتل 12 مدنيا في القصف.", "مدني", "مدنيا"),
        ("فر 300 من الجنود إلى الحدود.", "جندي", "الجنود"),
        ("أرسلت 15 ألفا من جنودها إلى الجبهة.", "جندي", "جنودها"),
        ("نزح 5 آلاف من المدنيين عن القرية.", "مدني", "المدنيين"),
        ("بلغت الخسائر 3 ملايين دولار هذا العام.", "دولار", "دولار"),
        ("أطلق الجيش 40 صاروخا على المواقع.", "صاروخ", "صاروخا"),
        ("سقطت 7 طائرات مسيرة فوق المطار.", "طايره", "طائرات"),
        ("استقبلت المخيمات 200 لاجئ جديد.", "لاجي", "لاجئ"),
        ("عاد 30 لاجئا إلى بيوتهم.", "لاجي", "لاجئا"),
        ("قتل 5 أطفال في الغارة.", "طفل", "أطفال"),
        ("أصيب 8 أشخاص في الحادث.", "شخص", "أشخاص"),
        ("ارتفع التضخم إلى 2.5% في مارس.", "%", "%"),
    ];
    for (text, subject, unit) in cases {
        let c = only(text);
        assert_eq!(c.subject, subject, "{text}");
        assert_eq!(c.unit.as_deref(), Some(unit), "{text}");
    }
}

#[test]
fn others_and_masculine_plurals() {
    let claims = number_claims("قتل 5 أشخاص وأصيب 10 آخرون في الحادث.");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert_eq!(claims[0].subject, "شخص");
    assert_eq!((claims[1].unit.as_deref(), claims[1].subject.as_str()), (Some("أشخاص"), "جريح"));
    assert!(claims[0].context.contains(&"قتل".to_string()) && !claims[0].context.iter().any(|s| s == "اصيب"));
    assert_eq!(only("أصدر المجلس سبعة قرارات بشأن الملف.").subject, "قرار");
    assert_eq!(only("نقلت السفينة 500 طنا من القمح.").subject, "طن");
    assert_eq!(only("تختلف المدة حسب نوع الإصابة وتصل إلى 30 يوما.").attribution, None);
    assert_eq!(only("قتل 4 أشخاص حسبما نقلته وكالة رويترز.").attribution.as_deref(), Some("وكالة رويترز"));
    let q = quote_claims("وقال الوزير لشبكة سي إن إن: «لن نقبل بهذا الاتفاق».");
    assert_eq!(q[0].speaker.as_deref(), Some("الوزير"));
}

#[test]
fn unit_named_before_the_figure() {
    let c = only("ارتفع عدد القتلى إلى 45 في المدينة.");
    assert_eq!((c.value, c.subject.as_str(), c.unit.as_deref()), (45.0, "قتيل", Some("القتلى")));
    let c = only("وبلغت حصيلة الضحايا 120 حتى مساء الأحد.");
    assert_eq!(c.subject, "ضحيه");
}

#[test]
fn a_figure_without_unit_and_a_year_that_is_no_figure() {
    let c = only("ارتفع المؤشر إلى 350 نقطة بعد أن كان في 2023 أقل.");
    assert_eq!(c.subject, "نقطه");
    let c = only("وقالت اللجنة إن النتيجة كانت 75 في النهاية.");
    assert_eq!((c.value, c.unit.clone(), c.subject.as_str()), (75.0, None, ""));
    assert!(number_claims("وقعت الاتفاقية في 2024 بين البلدين.").is_empty());
    let c = only("قتل 5 أشخاص قتلوا في الحادث.");
    assert_eq!(c.subject, "شخص");
}

#[test]
fn partitive_takes_the_unit_before_it_and_the_outcome() {
    let claims = number_claims("أرسل البلد 2000 جندي إلى الحرب، وقد لقي 300 منهم حتفهم في القتال.");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert_eq!(claims[0].subject, "جندي");
    assert_eq!(claims[1].unit.as_deref(), Some("جندي"));
    assert_eq!(claims[1].subject, "قتيل");
    assert!(!subjects_agree(&claims[0], &claims[1]));
}

#[test]
fn a_source_is_not_cut_mid_name_nor_takes_a_verb() {
    let said = |text: &str| number_claims(text).first().and_then(|c| c.attribution.clone());
    assert_eq!(
        said("نزح نحو 20 ألف شخص بحسب تقديرات مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية.").as_deref(),
        Some("تقديرات مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية")
    );
    assert_eq!(said("وصلت 40 شاحنة بحسب منظمات إغاثة تعمل في المنطقة.").as_deref(), Some("منظمات إغاثة"));
}

#[test]
fn context_words_are_shown_as_written() {
    let sentence = "أصيب 12 شخصا في انفجار قرب الحدود مع كوريا الشمالية أمس.";
    assert_eq!(context_display(&context_stem("اصيب"), sentence).as_deref(), Some("أصيب"));
    assert_eq!(context_display("كوريا الشماليه", sentence).as_deref(), Some("كوريا الشمالية"));
    // Written with a proclitic: the gazetteer's name.
    let other = "وصل الوفد لكوريا الشمالية.";
    assert!(context_display("كوريا الشماليه", other).is_some_and(|name| name.starts_with("كوريا")));
    assert_eq!(context_display("غائب", sentence), None);
}

#[test]
fn attributions() {
    let cases = [
        ("قتل 45 شخصا بحسب وزارة الصحة.", "وزارة الصحة"),
        ("وبحسب مصادر طبية، قتل 45 شخصا.", "مصادر طبية"),
        ("وفقا لـ وزارة الداخلية، اعتقل 20 شخصا.", "وزارة الداخلية"),
        ("اعتقل 20 شخصا، وفقاً للشرطة المحلية.", "الشرطة المحلية"),
        ("قتل 45 شخصا نقلا عن مصادر أمنية في المدينة.", "مصادر أمنية"),
        ("أرسلت البلاد 15 ألف جندي، حسب تقديرات الاستخبارات البريطانية.", "تقديرات الاستخبارات البريطانية"),
        ("قالت وزارة الصحة في بيان إن 45 شخصا قتلوا.", "وزارة الصحة"),
        ("وأعلنت الأمم المتحدة أن 3 آلاف لاجئ عبروا الحدود.", "الأمم المتحدة"),
        ("قتل 45 شخصا حسبما ذكرت وكالة الأنباء الرسمية الثلاثاء.", "وكالة الأنباء الرسمية"),
        ("فر 300 جندي وفقا لتقديرات من لندن وباريس.", "تقديرات من لندن وباريس"),
    ];
    for (text, source) in cases {
        let c = only(text);
        assert_eq!(c.attribution.as_deref(), Some(source), "{text}");
    }
    assert_eq!(only("قتل 45 شخصا في الحادث.").attribution, None);
    // A verb with no `إن`/`أن` after its subject attributes nothing.
    assert_eq!(only("وأعلنت الشرطة اعتقال 20 شخصا.").attribution, None);
}

#[test]
fn attribution_is_left_out_of_the_context() {
    let c = only("وقد قدرت لندن وباريس أن 300 جندي قتلوا في المعارك.");
    assert_eq!(c.attribution.as_deref(), Some("لندن وباريس"));
    assert!(c.context.iter().all(|s| !s.contains("لندن") && !s.contains("باريس")), "{:?}", c.context);
    assert!(c.context.contains(&"قتل".to_string()), "{:?}", c.context);
}

#[test]
fn subjects_agree_on_the_same_count() {
    let a = only("أرسلت إيران نحو 10 آلاف جندي إلى سوريا.");
    let b = only("ووفقا لتقديرات غربية، أرسلت طهران حوالي 15 ألف جندي للقتال إلى جانب القوات السورية.");
    assert!(subjects_agree(&a, &b), "{:?} / {:?}", a.context, b.context);
    assert!(values_conflict(&a, &b));
    let killed = only("قتل 600 شخص في الزلزال.");
    let troops = only("أرسلت الدولة 10 آلاف جندي إلى الجبهة.");
    assert!(!subjects_agree(&killed, &troops));
    let dead = only("قتل 5 أشخاص في حادث سير.");
    let hurt = only("أصيب 5 أشخاص في حادث سير.");
    assert!(!subjects_agree(&dead, &hurt), "{:?} / {:?}", dead.context, hurt.context);
    let dead_again = only("لقي 7 أشخاص مصرعهم في حادث سير.");
    assert!(subjects_agree(&dead, &dead_again), "{:?} / {:?}", dead.context, dead_again.context);
    let none = claim(5.0, Qualifier::Exact, "", &["حادث"]);
    assert!(!subjects_agree(&none, &none.clone()));
}

#[test]
fn values_conflict_unless_compatible() {
    let c = |value, qualifier| claim(value, qualifier, "جندي", &["ارسل"]);
    use Qualifier::*;
    assert!(values_conflict(&c(10000.0, About), &c(15000.0, About)));
    assert!(!values_conflict(&c(10000.0, About), &c(10000.0, Exact)));
    assert!(!values_conflict(&c(10000.0, About), &c(10500.0, About)));
    assert!(!values_conflict(&c(10000.0, About), &c(10900.0, Exact)));
    assert!(values_conflict(&c(10000.0, Exact), &c(10500.0, Exact)));
    assert!(values_conflict(&c(10000.0, About), &c(11500.0, Exact)));
    assert!(!values_conflict(&c(600.0, AtLeast), &c(700.0, Exact)));
    assert!(!values_conflict(&c(600.0, AtLeast), &c(600.0, AtLeast)));
    assert!(values_conflict(&c(600.0, AtLeast), &c(500.0, Exact)));
    assert!(!values_conflict(&c(600.0, AtLeast), &c(580.0, About)));
    assert!(!values_conflict(&c(600.0, MoreThan), &c(900.0, AtLeast)));
    assert!(values_conflict(&c(600.0, MoreThan), &c(500.0, LessThan)));
    assert!(!values_conflict(&c(600.0, LessThan), &c(500.0, About)));
    assert!(values_conflict(&c(600.0, LessThan), &c(700.0, Exact)));
    // A figure and its rounding are one figure; two round figures are two.
    assert!(!values_conflict(&c(440_000.0, Exact), &c(440_885.0, Exact)));
    assert!(!values_conflict(&c(13_809_879.0, Exact), &c(13_800_000.0, Exact)));
    assert!(values_conflict(&c(10_000.0, Exact), &c(12_000.0, Exact)));
    assert!(values_conflict(&c(440_000.0, Exact), &c(450_885.0, Exact)));
    assert!(values_conflict(&c(20.0, Exact), &c(25.0, Exact)));
}

#[test]
fn quotes_with_speaker_before() {
    let q = quote_claims("وقال الرئيس الفرنسي إيمانويل ماكرون: «لن نتراجع عن هذا القرار أبدا».");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].quote, "لن نتراجع عن هذا القرار أبدا");
    assert_eq!(q[0].speaker.as_deref(), Some("الرئيس الفرنسي إيمانويل ماكرون"));
    assert_eq!(q[0].verb.as_deref(), Some("قال"));
    let text = "قالت الوزيرة سارة أحمد إن “المفاوضات ستستأنف الأسبوع المقبل”.";
    let q = quote_claims(text);
    assert_eq!(q[0].speaker.as_deref(), Some("الوزيرة سارة أحمد"));
    assert_eq!(&text[q[0].span.clone()], "“المفاوضات ستستأنف الأسبوع المقبل”");
    let q = quote_claims("وأكد المتحدث باسم الحكومة \"الوضع تحت السيطرة تماما\".");
    assert_eq!(q[0].speaker.as_deref(), Some("المتحدث باسم الحكومة"));
    assert_eq!(q[0].verb.as_deref(), Some("أكد"));
    let q = quote_claims("ونقلت الوكالة عن الوزير قوله «نحن مستعدون للحوار دائما».");
    assert_eq!(q[0].speaker.as_deref(), Some("الوزير"));
}

#[test]
fn quotes_with_speaker_after_and_pronoun_verbs() {
    let q = quote_claims("“سنعيد بناء كل ما تهدم”، قال رئيس البلدية.");
    assert_eq!(q[0].speaker.as_deref(), Some("رئيس البلدية"));
    assert_eq!(q[0].verb.as_deref(), Some("قال"));
    let text = "وقال الوزير: «الاقتصاد يتعافى ببطء شديد». وأضاف: «نتوقع نموا أفضل العام المقبل».";
    let q = quote_claims(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.as_deref(), Some("الوزير"));
    assert_eq!(q[1].verb.as_deref(), Some("أضاف"));
    // On a new line (another paragraph), a pronoun verb names nobody.
    let q = quote_claims("وقال الوزير: «الاقتصاد يتعافى ببطء شديد».\nوأضاف: «نتوقع نموا أفضل العام المقبل».");
    assert_eq!(q[1].speaker, None);
    // The subject before the verb.
    let q = quote_claims("إلا أن كيم أكد أنه \"سيفعل كل ما يستطيع\".");
    assert_eq!(q[0].speaker.as_deref(), Some("كيم"));
    // Short quotes are not claims; a quote with no verb has no speaker.
    assert!(quote_claims("وصف الاتفاق بأنه «تاريخي».").is_empty());
    let q = quote_claims("العلاقات نحو «حقبة جديدة من الازدهار» بين البلدين");
    assert_eq!((q.len(), q[0].speaker.clone()), (1, None));
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        "\"",
        "« »",
        "“ثلاث كلمات هنا",
        "قال",
        "وفقا",
        "وفقا لـ",
        "بحسب ما ذكرت",
        "600",
        "منهم 5 منهم",
        "عدد 5",
        "\n\n",
        "قال: \"",
        "5%%",
        "نحو",
        "وقال بوتين إن \"أ ب ت\" و\"ث ج ح\"",
        "سقط ١٢٠ قتيلاً بحسب الدِّفاع المدنيّ.",
    ] {
        let _ = number_claims(text);
        let _ = quote_claims(text);
    }
    let c = only("سقط ١٢٠ قتيلاً بحسب الدِّفاع المدنيّ.");
    assert_eq!((c.value, c.subject.as_str()), (120.0, "قتيل"));
    assert_eq!(c.attribution.as_deref(), Some("الدِّفاع المدنيّ"));
    let q = quote_claims("وقال بوتين إن \"العلاقات جيدة جدا\" و\"التعاون يتقدم بسرعة\".");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.as_deref(), Some("بوتين"), "a quote continuing the sentence");
}

#[test]
fn serializes_qualifier_in_snake_case() {
    let json = serde_json::to_value(only("قتل ما لا يقل عن 600 شخص.")).unwrap_or_default();
    assert_eq!(json["qualifier"], "at_least");
    assert_eq!(json["subject"], "شخص");
}

#[test]
fn a_setting_is_the_places_and_days_a_sentence_names() {
    let setting = |text: &str| Setting::of(&number_claims(text)[0]);
    let ramadi = setting("قتل 15 عنصرا في مناطق حصيبة شرقي الرمادي أمس الجمعة.");
    assert_eq!(ramadi.localities.iter().collect::<Vec<_>>(), ["حصيبه"], "the town is the gazetteer's");
    assert_eq!(ramadi.towns.iter().collect::<Vec<_>>(), ["الرمادي"]);
    assert_eq!(ramadi.weekdays.iter().collect::<Vec<_>>(), [&4]);
    assert!(setting("قتل 15 شخصا الجمعة الماضي.").weekdays.is_empty(), "an earlier day is not the sentence's");
    // A town and a locality of another name: apart; a town both name: not.
    let karachi = setting("قتل 4 مسلحين في كراتشي.");
    assert!(karachi.apart(&setting("قتل 5 مسلحين في مقاطعة وزيرستان.")));
    assert!(!karachi.apart(&setting("قتل 5 مسلحين في حي لياري بمدينة كراتشي.")));
    assert!(!karachi.apart(&setting("قتل 5 مسلحين في الاشتباكات.")), "no place: nothing to tell apart");
}

#[test]
fn earlier_and_revised_counts_are_told_by_their_words() {
    let another = |text: &str| tells_another_count(&number_claims(text)[0]);
    assert!(another("وكانت الوزارة قالت أمس إن الحصيلة 18 قتيلا."));
    assert!(another("وأفادت حصيلة سابقة بمقتل 18 شخصا."));
    assert!(another("ارتفع عدد القتلى إلى 29."));
    assert!(another("قتل 12 شخصا وفق حصيلة جديدة."));
    assert!(!another("قتل 12 من أنصار الرئيس السابق."), "a former president is no earlier count");
    assert!(!another("عبرت 3 سفن قناة السويس الجديدة."));
    assert!(another("قتل 37 شخصا الجمعة الماضي."));
    assert!(!another("أرسلت 15 ألف جندي منذ العام الماضي."), "a count since then is today's");
}

#[test]
fn a_range_is_read_as_its_bounds_and_agrees_with_a_figure_inside_it() {
    let range = number_claims("وأطلقت القوات ما بين 100 و120 صاروخا على المواقع");
    let high = range.iter().find(|c| c.value == 120.0).expect("the upper figure");
    assert_eq!(high.qualifier, Qualifier::LessThan);
    let inside = number_claims("وأطلقت القوات 110 صواريخ على المواقع");
    assert!(!values_conflict(high, &inside[0]));
    let above = number_claims("وأطلقت القوات 150 صاروخا على المواقع");
    assert!(values_conflict(high, &above[0]));
    let plain = number_claims("قتل 100 شخص وأصيب 120 آخرون");
    assert!(plain.iter().all(|c| c.qualifier == Qualifier::Exact), "{plain:?}");
}

#[test]
fn a_running_total_and_one_days_toll_are_set_apart() {
    let setting = |text: &str| Setting::of(&number_claims(text)[0]);
    let total = setting("وقتل 116 فلسطينيا منذ بدء الاحتجاجات على حدود القطاع");
    let alone = setting("وقتل 61 فلسطينيا في ذلك اليوم وحده على حدود القطاع");
    let unsaid = setting("وقتل 60 فلسطينيا على حدود القطاع");
    assert_eq!((total.scope, alone.scope, unsaid.scope), (Scope::Total, Scope::Alone, Scope::Unsaid));
    assert!(total.apart(&alone) && total.apart(&unsaid) && alone.apart(&unsaid));
    assert!(!unsaid.apart(&setting("وقتل 62 فلسطينيا على حدود القطاع")));
    assert_eq!(setting("وقتل 35 شخصا منذ فجر الأحد في القرى").scope, Scope::Unsaid, "a start, no running total");
    assert_eq!(setting("وقتل 110 فلسطينيين منذ 30 مارس على حدود القطاع").scope, Scope::Total);
    assert_eq!(setting("وقتل 60 فلسطينيا في يوم واحد على حدود القطاع").scope, Scope::Alone);
    assert_eq!(setting("وقتل 3 أشخاص بالإضافة إلى السائق الذي انتحر").scope, Scope::Alone);
}

#[test]
fn a_sentence_dated_days_before_its_article_tells_of_the_past() {
    let published = chrono::NaiveDate::from_ymd_opt(2018, 5, 18).expect("a date");
    let setting = |text: &str| Setting::of(&number_claims(text)[0]);
    assert!(setting("وقتل 68 شخصا في تحطم طائرة عام 2010").tells_of_the_past(published));
    assert!(setting("وقتل 26 مقاتلا في ضربات 29 أبريل 2018").tells_of_the_past(published));
    assert!(!setting("وقتل 110 أشخاص في تحطم الطائرة يوم 17 مايو 2018").tells_of_the_past(published));
    assert!(!setting("وقتل 110 أشخاص في تحطم الطائرة").tells_of_the_past(published));
    assert!(!setting("وقتل 45 فلسطينيا منذ 30 مارس 2018").tells_of_the_past(published), "a start, not a date");
    assert!(setting("وقتل 26 مقاتلا في ضربات نهاية أبريل").tells_of_the_past(published));
    assert!(!setting("وقتل 26 مقاتلا في ضربات مايو").tells_of_the_past(published));
}

#[test]
fn figures_of_a_part_of_a_named_set_are_marked() {
    let parts = |text: &str| -> Vec<(f64, bool)> { number_claims(text).iter().map(|c| (c.value, c.part)).collect() };
    assert_eq!(parts("قتل 18 مدنيا بينهم 5 أطفال في القصف."), [(18.0, false), (5.0, true)]);
    assert_eq!(
        parts("قتل 43 شخصا، من بينهم سبعة أطفال و16 شخصا في غارة على المستشفى."),
        [(43.0, false), (7.0, true), (16.0, true)]
    );
    assert_eq!(parts("قال الوزير إن ثلاثة من المهاجمين قتلوا بمقر الجيش."), [(3.0, true)]);
    assert_eq!(parts("دخل 422 من عناصر الدفاع المدني المملكة."), [(422.0, false)]);
    assert_eq!(parts("كما أصيب ثلاثة مسعفين آخرين بالرصاص."), [(3.0, true)]);
    // The second count of a pair, and a clause joined by `و` after a part, are no parts.
    assert_eq!(parts("قتل 5 أشخاص وإصابة 10 آخرين."), [(5.0, false), (10.0, false)]);
    assert_eq!(parts("قتل 20 شخصا بينهم 3 أطفال وأصيب 40 بجروح."), [(20.0, false), (3.0, true), (40.0, false)]);
}

#[test]
fn others_after_an_age_take_the_outcome_not_the_years() {
    let claims = number_claims("طعن رجل يبلغ 29 عاما أربعة آخرين في الشارع.");
    let others = claims.iter().find(|c| c.value == 4.0).expect("the others");
    assert_ne!(others.subject, "عام");
    assert_eq!(others.unit, None);
}

#[test]
fn a_figure_takes_the_outcome_said_nearest_before_it() {
    let claims = number_claims("وقالت وسائل الإعلام إن طفلا قتل وأصيب 15 مدنيا في القصف.");
    let wounded = claims.iter().find(|c| c.value == 15.0).expect("the wounded");
    assert_eq!(outcomes(&wounded.context), ["جريح"]);
    let claims = number_claims("قتل 12 شخصا في القصف الذي أصاب السوق.");
    assert_eq!(outcomes(&claims[0].context), ["قتيل"]);
}

#[test]
fn a_forecast_is_another_count() {
    assert!(tells_another_count(&only("وقال المتحدث إنهم كانوا يتوقعون نزوح 200 ألف شخص.")));
    assert!(!tells_another_count(&only("وقال المتحدث إن 270 ألف شخص نزحوا من الجنوب.")));
}
