use super::*;
use crate::link::conflicts::Value;

fn article<'a>(id: &'a str, source: &'a str, original: &'a str, text: &'a str) -> SummaryInput<'a> {
    SummaryInput { id, source, title: None, text, original }
}

fn summary(articles: &[SummaryInput<'_>]) -> Vec<SummarySentence> {
    summarize(articles, &[], Background::shipped())
}

const FLOOD_A: &str = "اجتاحت سيول جارفة أحياء مدينة جدة صباح الأربعاء بعد أمطار غزيرة استمرت ست ساعات.
وأعلن الدفاع المدني إجلاء ثلاثمئة أسرة من الأحياء المنخفضة إلى مدارس المدينة.
وقال المتحدث الرسمي إن فرق الإنقاذ تعمل على فتح الطرق المغلقة في الأحياء الجنوبية.
ويذكر أن المدينة شهدت أمطارا مماثلة قبل عشرة أعوام خلفت أضرارا كبيرة في الممتلكات.";

const FLOOD_B: &str = "أجلت فرق الدفاع المدني ثلاثمئة أسرة من الأحياء المنخفضة في جدة بعد السيول.
وغمرت المياه عشرات السيارات في الشوارع الرئيسية للمدينة حتى ساعات المساء.
وقررت إدارة التعليم تعليق الدراسة في مدارس المحافظة يوم الخميس بسبب الأحوال الجوية.";

const FLOOD_C: &str = "قالت السلطات إن الدفاع المدني أجلى ثلاثمئة أسرة من أحياء جدة المنخفضة بسبب السيول.
وشارك متطوعون من أبناء المدينة في توزيع الطعام والأغطية على الأسر التي تم إجلاؤها.
وتوقعت الأرصاد الجوية استمرار هطول الأمطار على المنطقة الغربية حتى نهاية الأسبوع.";

#[test]
fn every_sentence_is_cited_and_comes_from_its_article() {
    let articles =
        [article("a", "عكاظ", "a", FLOOD_A), article("b", "سبق", "b", FLOOD_B), article("c", "الرياض", "c", FLOOD_C)];
    let chosen = summary(&articles);
    assert!((MIN_SENTENCES..=MAX_SENTENCES).contains(&chosen.len()), "{chosen:#?}");
    for s in &chosen {
        let from = articles.iter().find(|a| a.id == s.article).expect("cited article is one of the event's");
        assert!(from.text.contains(&s.sentence));
        assert_eq!(s.source, from.source);
    }
    let words: usize = chosen.iter().map(|s| eligible::word_count(&s.sentence)).sum();
    assert!(words <= MAX_WORDS * 5 / 4);
}

#[test]
fn what_three_sources_restate_is_told_once_with_its_sources() {
    let articles =
        [article("a", "عكاظ", "a", FLOOD_A), article("b", "سبق", "b", FLOOD_B), article("c", "الرياض", "c", FLOOD_C)];
    let chosen = summary(&articles);
    let evacuations = chosen.iter().filter(|s| s.sentence.contains("ثلاثمئة أسرة")).count();
    assert_eq!(evacuations, 1, "the evacuation is told once: {chosen:#?}");
    let told = chosen.iter().find(|s| s.sentence.contains("ثلاثمئة أسرة")).unwrap();
    assert_eq!(told.sources, 3);
}

#[test]
fn copies_of_one_text_count_as_one_source() {
    // One outlet's sentence repeated by two copies of it, against a sentence two independent
    // outlets restate.
    let copied = "أعلن المرور إغلاق طريق الكورنيش أمام السيارات طوال يوم الجمعة للصيانة.
وقال مدير المرور إن الإغلاق يشمل الجسور المؤدية إلى الواجهة البحرية للمدينة.";
    let other = "أكد مدير المرور أن الإغلاق سيشمل كل الجسور المؤدية إلى الواجهة البحرية.
وشهدت المدينة ازدحاما في الطرق البديلة منذ ساعات الصباح الأولى يوم الجمعة.";
    let articles = [
        article("a", "عكاظ", "a", copied),
        article("a2", "المدينة", "a", copied),
        article("a3", "الوطن", "a", copied),
        article("b", "سبق", "b", other),
    ];
    let chosen = summary(&articles);
    let first = chosen.iter().find(|s| s.sentence.contains("الجسور")).expect("the restated sentence is chosen");
    assert_eq!(first.sources, 2, "three copies and one independent report are two sources");
    assert!(chosen.iter().all(|s| s.sources <= 2));
}

#[test]
fn a_single_article_gets_about_a_third_of_its_sentences() {
    let chosen = summary(&[article("a", "عكاظ", "a", FLOOD_A)]);
    assert_eq!(chosen.len(), 2, "{chosen:#?}");
    assert!(chosen.iter().any(|s| FLOOD_A.starts_with(&s.sentence)), "the lead is kept: {chosen:#?}");
}

#[test]
fn fragments_and_furniture_never_make_a_summary() {
    let text = "وأضاف المتحدث.\nاقرأ أيضاً: أمطار غزيرة على مدينة جدة ومحافظات المنطقة الغربية\nتابعونا على حسابات الصحيفة في مواقع التواصل لمعرفة آخر الأخبار.";
    assert!(summary(&[article("a", "عكاظ", "a", text)]).is_empty());
}

#[test]
fn a_figure_sources_disagree_on_is_marked() {
    let a = "قتل عشرة آلاف شخص في الزلزال الذي ضرب الإقليم الجبلي فجر الاثنين وفق الحكومة.";
    let b = "قالت منظمات الإغاثة إن خمسة عشر ألف شخص قتلوا في الزلزال الذي ضرب الإقليم الجبلي.";
    let value = |value: f64, article: &str| Value {
        value,
        qualifier: "exact".into(),
        articles: vec![article.into()],
        sources: 1,
        attribution: None,
        attributions: Vec::new(),
        text: String::new(),
        first_published: None,
    };
    let conflict = Finding {
        kind: FindingKind::Conflict,
        event: "a".into(),
        events: vec!["a".into()],
        story: None,
        subject: "شخص".into(),
        values: vec![value(10000.0, "a"), value(15000.0, "b")],
    };
    let chosen =
        summarize(&[article("a", "عكاظ", "a", a), article("b", "سبق", "b", b)], &[conflict], Background::shipped());
    assert!(!chosen.is_empty());
    for s in &chosen {
        let disputed = s.disputed.as_ref().expect("both sentences give a disputed figure");
        assert_eq!(disputed.values.iter().map(|v| v.value).collect::<Vec<_>>(), [10000.0, 15000.0]);
    }
}

#[test]
fn the_same_articles_give_the_same_summary() {
    let articles =
        [article("a", "عكاظ", "a", FLOOD_A), article("b", "سبق", "b", FLOOD_B), article("c", "الرياض", "c", FLOOD_C)];
    assert_eq!(summary(&articles), summary(&articles));
}

#[test]
fn a_dateline_is_not_part_of_the_cited_sentence() {
    let s = "موسكو (أ ف ب) – زار كبير الدبلوماسيين الكرملين يوم الاثنين لإجراء محادثات مع الرئيس.";
    assert_eq!(without_dateline(s), "زار كبير الدبلوماسيين الكرملين يوم الاثنين لإجراء محادثات مع الرئيس.");
    let plain = "قال الوزير (في مؤتمر صحفي) إن المحادثات ستستمر حتى نهاية الأسبوع المقبل.";
    assert_eq!(without_dateline(plain), plain);
}

#[test]
fn two_outlets_telling_one_fact_give_one_sentence() {
    let a = "فاز فريق الهلال على النصر بثلاثة أهداف مقابل هدف في المباراة التي أقيمت مساء الجمعة.
وسجل المهاجم الأول هدفين في الشوط الثاني من المباراة بعد تمريرات من خط الوسط.";
    let b = "تغلب الهلال على النصر بثلاثة أهداف لهدف في مباراة مساء الجمعة على ملعب الملك فهد.
وأعلن مدرب النصر بعد المباراة أنه سيغيب عن المؤتمر الصحفي بسبب وعكة صحية طارئة.";
    let chosen = summary(&[article("a", "عكاظ", "a", a), article("b", "سبق", "b", b)]);
    let results = chosen.iter().filter(|s| s.sentence.contains("النصر بثلاثة")).count();
    assert_eq!(results, 1, "{chosen:#?}");
}

#[test]
fn words_are_told_once_whatever_their_form() {
    let background = Background::shipped();
    let told = gist(&article_terms("اعتراض صاروخ أطلق من اليمن نحو جازان"), background);
    let again = gist(&article_terms("اعترض الدفاع الجوي صاروخا من الأراضي اليمنية فوق جازان"), background);
    for word in ["اعترض", "صاروخا", "اليمنية", "جازان"] {
        let key = gist(&article_terms(word), background).into_keys().next().unwrap();
        assert!(told.contains_key(&key) && again.contains_key(&key), "{word} → {key}");
    }
    assert!(!told.contains_key(&gist(&article_terms("الدفاع"), background).into_keys().next().unwrap()));
}

#[test]
fn a_sentence_whose_figures_and_places_are_told_adds_nothing() {
    let a = "جنح أكثر من 150 حوتا على شاطئ خليج هاملين صباح الجمعة.
وتحاول فرق الإنقاذ إعادة 15 حوتا ما زالت حية إلى المياه العميقة قبل حلول الظلام.
وحذرت السلطات السباحين من الاقتراب من الشاطئ خشية ظهور أسماك القرش.";
    // Another lead, and a detail around a figure already given: both say again what is told.
    let b = "عثر صيادون محليون فجر الجمعة على 150 من الثدييات البحرية عالقة فوق الرمال.
ويسعى متطوعون مدربون إلى مساعدة 15 منها بالمياه الضحلة.
وقالت هيئة الحياة البرية إن أكبر حادثة مماثلة سجلت عام 1996 وشملت 320 من هذه الكائنات.";
    let chosen = summary(&[article("a", "عكاظ", "a", a), article("b", "سبق", "b", b)]);
    assert!(chosen.len() >= MIN_SENTENCES, "{chosen:#?}");
    for figure in ["150 ", "15 "] {
        let telling = chosen.iter().filter(|s| s.sentence.contains(figure)).count();
        assert_eq!(telling, 1, "{figure}: {chosen:#?}");
    }
}
