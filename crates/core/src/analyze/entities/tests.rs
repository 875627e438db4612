//! The rules' tests: what cue words, the gazetteer and guesses find without the tagger.

use super::*;

fn people(text: &str) -> Vec<(String, Option<String>)> {
    rule_mentions(text)
        .into_iter()
        .filter(|m| m.kind == EntityKind::Person && m.signal == Signal::Cue)
        .map(|m| (m.name, m.role))
        .collect()
}

fn org_names(text: &str) -> Vec<String> {
    rule_mentions(text).into_iter().filter(|m| m.kind == EntityKind::Org).map(|m| m.name).collect()
}

fn person(name: &str, role: &str) -> (String, Option<String>) {
    (name.to_owned(), Some(role.to_owned()))
}

#[test]
fn a_role_with_a_nisba_introduces_a_foreign_name() {
    let text = "استقبل الرئيس البرازيلي لويس سيلفا وفدا تجاريا.";
    assert_eq!(people(text), [person("لويس سيلفا", "الرئيس البرازيلي")]);
    let text = "وقال وزير الخارجية الإيطالي أنطونيو تاياني إن المحادثات كانت مثمرة";
    assert_eq!(people(text), [person("أنطونيو تاياني", "وزير الخارجية الإيطالي")]);
    let text = "التقى الرئيس الصيني شي جين بينغ بالوفد";
    assert_eq!(people(text), [person("شي جين بينغ", "الرئيس الصيني")]);
}

#[test]
fn a_role_with_a_country_introduces_a_name() {
    let text = "وصلت وزيرة خارجية جنوب أفريقيا ناليدي باندور إلى العاصمة.";
    assert_eq!(people(text), [person("ناليدي باندور", "وزيرة خارجية جنوب أفريقيا")]);
    let text = "اجتمع بوزير خارجية الدنمارك لارس راسموسن في المساء";
    assert_eq!(people(text), [person("لارس راسموسن", "وزير خارجية الدنمارك")]);
}

#[test]
fn arabic_officials_with_common_given_names() {
    let text = "استقبل ولي العهد الأمير محمد بن سلمان الوفد في الرياض";
    assert_eq!(people(text), [person("محمد بن سلمان", "ولي العهد الأمير")]);
    let text = "افتتح أمير منطقة مكة المكرمة الأمير خالد الفيصل المعرض، وسط حضور كبير";
    assert_eq!(people(text), [person("خالد الفيصل", "أمير منطقة مكة المكرمة الأمير")]);
    let text = "وأكد الملك عبدالله الثاني أن الأردن يدعم الحل";
    assert_eq!(people(text), [person("عبدالله الثاني", "الملك")]);
}

#[test]
fn a_name_ends_at_a_function_word_punctuation_or_another_cue() {
    let text = "قال المتحدث باسم الكرملين ديمتري بيسكوف في مؤتمر صحفي";
    assert_eq!(people(text), [person("ديمتري بيسكوف", "المتحدث باسم الكرملين")]);
    let text = "وأعلن الرئيس الفرنسي إيمانويل ماكرون، في بيان، أن";
    assert_eq!(people(text), [person("إيمانويل ماكرون", "الرئيس الفرنسي")]);
    let text = "أكد الرئيس الفرنسي إيمانويل ماكرون أن بلاده مستعدة";
    assert_eq!(people(text), [person("إيمانويل ماكرون", "الرئيس الفرنسي")]);
    let text = "بحث الرئيس التركي رجب طيب أردوغان ووزير الخارجية الإيراني عباس عراقجي الوضع";
    assert_eq!(
        people(text),
        [person("رجب طيب أردوغان", "الرئيس التركي"), person("عباس عراقجي", "وزير الخارجية الإيراني")]
    );
    let text = "اتصل الرئيس الروسي بنظيره الصيني شي جين بينغ";
    assert_eq!(people(text), [person("شي جين بينغ", "نظيره الصيني")]);
}

#[test]
fn a_role_without_a_name_gives_no_person() {
    assert!(people("قال الرئيس الروسي إن بلاده لن تتراجع").is_empty());
    assert!(people("التقى وزير الخارجية مع السفراء المعتمدين").is_empty());
    assert!(people("وحضر الزعيم الكوري الشمالي مراسم كبرى في الساحة").is_empty());
}

#[test]
fn repeats_of_a_name_are_people_too() {
    let text = "التقى الرئيس الروسي فلاديمير بوتين بالوفد. وقال بوتين إن اللقاء مهم، ثم غادر لبوتين موكب.";
    let repeats: Vec<(String, Option<String>)> =
        rule_mentions(text).into_iter().filter(|m| m.signal == Signal::Repeat).map(|m| (m.name, m.canonical)).collect();
    let putin = Some("فلاديمير بوتين".to_owned());
    assert_eq!(repeats, [("بوتين".to_owned(), putin.clone()), ("بوتين".to_owned(), putin)]);
}

#[test]
fn nisbas_are_places_of_their_country() {
    let mentions = rule_mentions("أعلن الجيش الأمريكي والبحرية الكورية الجنوبية بدء المناورات");
    let places: Vec<(&str, Signal, Option<&str>)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Place)
        .map(|m| (m.name.as_str(), m.signal, m.canonical.as_deref()))
        .collect();
    assert_eq!(
        places,
        [
            ("الأمريكي", Signal::Nisba, Some("الولايات المتحدة")),
            ("الكورية الجنوبية", Signal::Nisba, Some("كوريا الجنوبية")),
        ]
    );
}

#[test]
fn gazetteer_mentions_point_into_the_original_text() {
    let text = "وصل الوفد إلى بُوينِس آيرس قادما من مُوسْكو، ثم زار إسطنبول وبكين";
    let mentions = rule_mentions(text);
    let got: Vec<(&str, &str, Option<&str>)> =
        mentions.iter().map(|m| (&text[m.span.clone()], m.key.as_str(), m.canonical.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("بُوينِس آيرس", "بوينس ايرس", Some("بوينس آيرس")),
            ("مُوسْكو", "موسكو", Some("موسكو")),
            ("إسطنبول", "اسطنبول", Some("إسطنبول")),
            ("بكين", "بكين", Some("بكين")),
        ]
    );
    assert!(mentions.iter().all(|m| m.name == text[m.span.clone()]));
}

#[test]
fn organizations_after_cue_words() {
    let orgs = |text: &str| -> Vec<(String, Signal)> {
        rule_mentions(text).into_iter().filter(|m| m.kind == EntityKind::Org).map(|m| (m.name, m.signal)).collect()
    };
    let org = |name: &str, signal| (name.to_owned(), signal);
    assert_eq!(orgs("وقالت وزارة الخارجية الأمريكية في بيان"), [org("وزارة الخارجية الأمريكية", Signal::Cue)]);
    assert_eq!(orgs("أعلنت شركة أرامكو السعودية أرباحها"), [org("شركة أرامكو السعودية", Signal::Gazetteer)]);
    assert_eq!(orgs("ذكرت وكالة سبوتنيك الروسية للأنباء أن"), [org("وكالة سبوتنيك الروسية للأنباء", Signal::Gazetteer)]);
    assert_eq!(orgs("رحبت حركة حماس بالقرار"), [org("حركة حماس", Signal::Gazetteer)]);
    assert_eq!(orgs("وأصدرت جامعة الملك سعود تقريرا"), [org("جامعة الملك سعود", Signal::Cue)]);
    assert_eq!(orgs("يشارك حزب العدالة والتنمية في الانتخابات"), [org("حزب العدالة والتنمية", Signal::Cue)]);
    assert_eq!(orgs("نقلت صحيفة كاروفيا البلغارية للأعمال عن"), [org("صحيفة كاروفيا البلغارية للأعمال", Signal::Cue)]);
    assert!(orgs("وهي جبهة موحدة ضد الغرب").is_empty());
}

#[test]
fn an_organization_ends_before_a_time_and_needs_more_than_a_field() {
    let orgs = |text: &str| -> Vec<(String, bool)> {
        rule_mentions(text).into_iter().filter(|m| m.kind == EntityKind::Org).map(|m| (m.name, m.generic)).collect()
    };
    // `لل` names a field (`للأعمال` above), not the year the sentence speaks of.
    let college = orgs("افتتحت كلية العلوم والآداب للعام الجامعي الجديد");
    assert_eq!(college.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>(), ["كلية العلوم والآداب"]);
    // A cue and a field alone are a description.
    assert!(orgs("وأسست رابطة للحكام في المدينة").is_empty());
    // Common words only: generic; a place or a rare name makes it a name.
    assert_eq!(orgs("وقالت لجنة العناية إن"), [("لجنة العناية".to_owned(), true)]);
    assert_eq!(orgs("أعلنت وزارة الداخلية الفرنسية أن"), [("وزارة الداخلية الفرنسية".to_owned(), false)]);
}

#[test]
fn verbs_and_verbal_nouns_do_not_join_a_name() {
    // `افتتحت` ("opened") and `تأجيل` ("postponing") are common words in other dress.
    assert!(people("وقالت الفنانة افتتحت المعرض أمس").is_empty());
    let text = "وطلب وزير الصحة وائل أبو فاعور تأجيل الجلسة";
    assert_eq!(people(text), [person("وائل أبو فاعور", "وزير الصحة")]);
}

#[test]
fn a_role_with_a_long_complement_introduces_a_name() {
    let text = "وقال رئيس النقابة العامة للعاملين في الموانئ سامر الخوالدة إن العمال";
    assert_eq!(people(text), [person("سامر الخوالدة", "رئيس النقابة العامة للعاملين في الموانئ")]);
    let text = "وقال المدير التنفيذي للميناء وليد الرواشدة إن الرافعات";
    assert_eq!(people(text), [person("وليد الرواشدة", "المدير التنفيذي للميناء")]);
    let text = "وقال مدرب المنتخب فراس النعيمي في المؤتمر الصحفي";
    assert_eq!(people(text), [person("فراس النعيمي", "مدرب المنتخب")]);
}

#[test]
fn one_word_after_a_rank_that_is_also_a_common_word_is_no_name() {
    assert!(people("وأضافت أن الفريق لاحظ أن السهر").is_empty());
    assert_eq!(people("وقال الفريق سامي عنان إن"), [person("سامي عنان", "الفريق")]);
}

#[test]
fn descriptions_are_no_names() {
    // A verb in the future, details, an ordinal after a foreign name, a German paper.
    assert!(people("وقال الكاتب سينظر في الأمر").is_empty());
    assert_eq!(people("وقال السيد ظريف تفاصيل الاتفاق"), [person("ظريف", "السيد")]);
    assert_eq!(people("وقال الرئيس كلينتون الثاني في"), [person("كلينتون", "الرئيس")]);
    let orgs: Vec<String> = rule_mentions("ونقلت صحيفة ألمانية عن")
        .into_iter()
        .filter(|m| m.kind == EntityKind::Org)
        .map(|m| m.name)
        .collect();
    assert!(orgs.is_empty(), "{orgs:?}");
}

#[test]
fn a_common_word_after_a_name_ends_it() {
    let text = "وقال الرئيس المصري محمد مرسي أثبتت الأيام";
    assert_eq!(people(text), [person("محمد مرسي", "الرئيس المصري")]);
    let text = "وأشاد المدرب السويسري كريستيان جروس ليكون الفريق";
    assert_eq!(people(text), [person("كريستيان جروس", "المدرب السويسري")]);
    let text = "وأشاد الدكتور ساعد العرابي بتكريمهم";
    assert_eq!(people(text), [person("ساعد العرابي", "الدكتور")]);
}

#[test]
fn a_given_name_alone_is_a_person_only_after_a_royal_title() {
    assert!(people("وحضر المهندس ماجد في الصباح").is_empty());
    assert!(people("وحضر المهندس ماجد الحفل").is_empty(), "a common noun is no family name");
    assert_eq!(people("واستقبل الملك سلمان الوفد"), [person("سلمان", "الملك")]);
}

#[test]
fn a_sentence_without_entities_gives_nothing() {
    assert!(rule_mentions("ارتفعت درجات الحرارة اليوم وهطلت أمطار خفيفة على المرتفعات.").is_empty());
    assert!(rule_mentions("").is_empty());
}

#[test]
fn mentions_carry_roles_keys_and_spans() {
    let text = "وقال للرئيس الفرنسي إيمانويل ماكرون إن";
    let macron = rule_mentions(text).into_iter().find(|m| m.kind == EntityKind::Person);
    let macron = macron.expect("a person");
    assert_eq!(macron.role.as_deref(), Some("الرئيس الفرنسي"));
    assert_eq!(macron.key, "ايمانويل ماكرون");
    assert_eq!(&text[macron.span.clone()], "إيمانويل ماكرون");
    assert_eq!(serde_json::to_value(&macron).map(|v| v["kind"].clone()).ok(), Some(serde_json::json!("person")));
}

#[test]
fn names_without_a_cue_come_from_the_tagger_and_ordinary_prose_has_none() {
    let found: Vec<String> =
        find_mentions("وصرح توني بلير بأن الحرب كانت ضرورية.").into_iter().map(|m| m.name).collect();
    assert_eq!(found, ["توني بلير"]);
    let prose = "شهدت المدينة خلال الأسبوع الماضي حركة تجارية نشطة، إذ توافد الزوار على الأسواق \
        الشعبية لشراء مستلزمات الشتاء. وقال عدد من الباعة إن الإقبال فاق توقعاتهم، مشيرين إلى أن \
        الأسعار بقيت مستقرة رغم ارتفاع تكاليف النقل. وفي المساء امتلأت الحدائق العامة بالعائلات، \
        بينما نظمت البلدية عروضا فنية للأطفال وأمسيات شعرية في المركز الثقافي. ويأمل التجار أن \
        يستمر هذا النشاط حتى نهاية العام، خصوصا مع اقتراب موسم الإجازات المدرسية وتحسن الطقس.";
    let people: Vec<String> =
        find_mentions(prose).into_iter().filter(|m| m.kind == EntityKind::Person).map(|m| m.name).collect();
    assert!(people.is_empty(), "{people:?}");
    let people: Vec<String> =
        rule_mentions(prose).into_iter().filter(|m| m.kind == EntityKind::Person).map(|m| m.name).collect();
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn clauses_and_participles_after_a_role_are_no_names() {
    // `الأمام` folds to `الإمام`; what follows is a clause joined by `و`.
    assert!(people("ودفعه نحو الأمام ومد يد العون له").is_empty());
    assert!(people("تمرد على ناديه الرائد وتعمد الهروب من التدريبات").is_empty());
    // A plural participle (`expressing`) after the role is no name; a rare `و` name is one.
    assert!(people("اجتمع ممثلو النقابات مع وزير العمل معبرين عن مخاوفهم").is_empty());
    assert_eq!(people("وقال الرئيس الكيني ويليام روتو إن"), [person("ويليام روتو", "الرئيس الكيني")]);
    assert_eq!(people("وقال الرئيس الفرنسي فرانسوا هولاند إن"), [person("فرانسوا هولاند", "الرئيس الفرنسي")]);
    // A verbal noun ends a name; a nisba without the article is a family name.
    assert_eq!(people("وأكد الأمير محمد بن نايف اعتزاز المملكة بأبنائها"), [person("محمد بن نايف", "الأمير")]);
    assert_eq!(people("وإمام المسجد الشيخ مروان عسيري."), [person("مروان عسيري", "الشيخ")]);
    // Tanween, an imperfect verb, a verb in `ى` and a word joined by `و` are no name words.
    assert_eq!(people("وقال الرئيس الكيني ويليام روتو تمهيداً لزيارته"), [person("ويليام روتو", "الرئيس الكيني")]);
    assert!(people("وأكد أن رئيس الدولة يستعين بوزارة الخارجية").is_empty());
    assert!(people("عندما يتوج الزعيم وينال كؤوسه").is_empty());
    assert!(people("وقال المبعوث الأممي أحمد التقى بالأمين العام").is_empty(), "a verb is no family name");
    assert_eq!(people("وزميله السيناتور ديك دوربن سعى ليتبوأ"), [person("ديك دوربن", "السيناتور")]);
    assert_eq!(people("وقال حاكم البنك المركزي أديب ميالة إن"), [person("أديب ميالة", "حاكم البنك المركزي")]);
    // A compound given name takes its family name; a preposition's complement is no name.
    assert_eq!(people("برعاية الرئيس المصري عبد الفتاح السيسي وبحضور"), [person("عبد الفتاح السيسي", "الرئيس المصري")]);
    let adjacent = people("وفي الصورة الرئيس المصري عبدالفتاح السيسي فرانسوا هولاند");
    assert_eq!(adjacent.first(), Some(&person("عبدالفتاح السيسي", "الرئيس المصري")));
    assert!(people("وقال الامين العام لحلف الأطلسي إن").is_empty());
    assert!(people("ودخلت بقوات كبيرة إلى نابلس واعتقلت نحو 20 شابا").is_empty());
    // An adjective of the role is not the name's first word.
    assert_eq!(people("بطولة الفنان القدير سمير غانم، وآخرين"), [person("سمير غانم", "الفنان")]);
    assert_eq!(people("ومن أبرزهم السيناتور الديمقراطي بوب مننديز والنائبة"), [person("بوب مننديز", "السيناتور")]);
    // A preposition before a verbal noun makes a purpose, not a name (`لتحفيظ`).
    assert!(people("ورئيس الجمعية الخيرية لتحفيظ القرآن").is_empty());
}

#[test]
fn family_names_after_al_after_the_fathers_and_after_a_foreign_name() {
    let names = |text: &str| people(text).into_iter().map(|(name, _)| name).collect::<Vec<_>>();
    // `آل` takes its family's name even when that is a title elsewhere.
    assert_eq!(names("وقدم الدكتور فهد بن ناصر آل الشيخ التهنئة"), ["فهد بن ناصر آل الشيخ"]);
    // A rare family name with the article after the chain of fathers.
    assert_eq!(names("أوضح الدكتور خالد بن سعد النجار أن النظام"), ["خالد بن سعد النجار"]);
    assert_eq!(names("قال الشيخ صالح بن فريد العولقي القيادي في الحراك"), ["صالح بن فريد العولقي"]);
    // A word with a pronoun is no name (`يستطيع الباحث تصفحها`).
    assert!(names("يستطيع الباحث تصفحها ونسخها").is_empty());
    // Verbs and clauses after a name are not its family name.
    assert_eq!(names("أخبرتني بأن الملك فيصل استشهد وعندها"), ["فيصل"]);
    assert_eq!(names("البريد الإلكتروني للسيدة كلينتون حينما كانت"), ["كلينتون"]);
    assert!(names("رئيسة تشيلي تستقبل أبطال كوبا").is_empty());
    assert!(names("مقرا لبعثة الفريق ويمتاز الفندق بقربه").is_empty());
    // A foreign family name that reads as common only after two changes.
    assert_eq!(names("للممثل الأمريكي همفري بوجارت لشخصية"), ["همفري بوجارت"]);
    // A verb after a foreign name is not its family name.
    assert!(names("وأكد المدرب ماركو ركزت جهوده").iter().all(|name| !name.contains("ركزت")));
}

#[test]
fn an_organization_named_by_a_place_ends_before_a_description() {
    let orgs = org_names("جاء المريخ خلف اتحاد الجزائر المتصدر بفارق نقطتين");
    assert_eq!(orgs, ["اتحاد الجزائر"]);
    let orgs = org_names("وقال رئيس جامعة صنعاء استئناف الدراسة");
    assert_eq!(orgs, ["جامعة صنعاء"]);
    let orgs = org_names("وتكون حركة الرياح خفيفة وتراجعت مجموعة المعادن");
    assert!(orgs.is_empty(), "{orgs:?}");
    let orgs =
        org_names("لا يوجد منتدى تفاوضي آخر. وشكلت لجنة لاستلام المشروع بناء على توجيهات وزارة العمل والمتضمنة اتخاذ");
    assert_eq!(orgs, ["وزارة العمل"]);
    // A definite cue with a participle describes (`للجنة المكلفة`); a verbal noun does not
    // name an ambiguous cue's organization (`حركة الانتعاش`).
    let orgs = org_names(
        "الاجتماع الثالث للجنة المكلفة بمتابعة البرنامج، وتتواصل حركة الانتعاش في القطاع، وقالت لجنة الانتخابات",
    );
    assert_eq!(orgs, ["لجنة الانتخابات"]);
}

#[test]
fn a_word_after_a_figure_is_its_unit_not_a_name() {
    let found: Vec<String> =
        find_mentions("يعمل المعالج بسرعة 1.7 جيجا هيرتز، وبلغ السعر 5000 روبية").into_iter().map(|m| m.name).collect();
    assert!(found.iter().all(|name| !name.contains("هيرتز") && !name.contains("روبية")), "{found:?}");
}
