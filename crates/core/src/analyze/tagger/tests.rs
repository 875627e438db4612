use super::*;

#[test]
fn an_i_label_only_continues_its_own_type() {
    assert!(allowed(START, 1) && !allowed(START, 2));
    assert!(allowed(1, 2) && allowed(2, 2) && !allowed(3, 2) && !allowed(0, 2));
    assert!(allowed(2, 0) && allowed(2, 3));
}

#[test]
fn viterbi_follows_emissions_within_the_allowed_transitions() {
    let transitions = [[0.0; LABEL_COUNT]; LABEL_COUNT + 1];
    // Token by token the best labels are B-PERS then I-LOC, which cannot follow it: the best
    // allowed path is B-PERS I-PERS (2 + 1.5), above B-LOC I-LOC (0 + 3).
    let mut first = [0.0; LABEL_COUNT];
    first[1] = 2.0;
    let mut second = [0.0; LABEL_COUNT];
    second[4] = 3.0;
    second[2] = 1.5;
    assert_eq!(viterbi(&[first, second], &transitions), vec![1, 2]);
    // With I-PERS weaker, B-LOC I-LOC (3) beats B-PERS I-PERS (2.5).
    second[2] = 0.5;
    assert_eq!(viterbi(&[first, second], &transitions), vec![3, 4]);
}

#[test]
fn spans_join_b_and_its_i_labels() {
    let spans = spans_of(&[0, 1, 2, 0, 3, 5, 6, 6, 4]);
    let kinds: Vec<(Range<usize>, NameType)> = spans.into_iter().map(|s| (s.tokens, s.kind)).collect();
    assert_eq!(
        kinds,
        vec![(1..3, NameType::Person), (4..5, NameType::Place), (5..8, NameType::Org), (8..9, NameType::Place)]
    );
}

#[test]
fn sentences_end_at_full_stops_and_line_breaks() {
    let text = "قال الوزير. ثم غادر\nوعاد";
    let tokens = marsad_arabic::tokenize::keyed_tokens(text);
    assert_eq!(sentences(text, &tokens), vec![0..3, 3..5, 5..6]);
}

#[test]
fn weights_survive_writing_and_reading() {
    let bits = 8;
    let mut weights = vec![0.0; (1 << bits) * LABEL_COUNT];
    weights[7] = 1.5;
    weights[100] = -0.75;
    let mut transitions = [[0.0; LABEL_COUNT]; LABEL_COUNT + 1];
    transitions[START][1] = 0.25;
    let model = Model::new(bits, weights, transitions);
    let read = Model::from_bytes(&model.to_bytes()).expect("reads its own format");
    assert_eq!(read.bits(), bits);
    assert_eq!((read.weights[7], read.weights[100]), (127, -64));
    assert!((read.scale - 1.5 / 127.0).abs() < 1e-6);
    assert_eq!(read.transitions[START][1], 0.25);
    assert!(Model::from_bytes(b"not gzip").is_err());
}

/// The tagger's names in `text`, as (type, words).
fn tagged(text: &str) -> Vec<(NameType, String)> {
    let tokens = marsad_arabic::tokenize::keyed_tokens(text);
    let places = crate::analyze::gazetteer::Gazetteer::shipped().find_token_spans(text, &tokens);
    let model = Model::shipped().expect("the shipped weights load");
    model
        .tag(text, &tokens, &places)
        .into_iter()
        .map(|span| {
            (span.kind, text[tokens[span.tokens.start].span.start..tokens[span.tokens.end - 1].span.end].to_owned())
        })
        .collect()
}

#[test]
fn the_shipped_weights_reproduce_taggings() {
    assert_eq!(
        tagged("وقال الرئيس الأمريكي جورج بوش في واشنطن إن الأمم المتحدة ستعقد اجتماعا في القاهرة."),
        vec![
            (NameType::Person, "جورج بوش".to_owned()),
            (NameType::Place, "واشنطن".to_owned()),
            (NameType::Org, "الأمم المتحدة".to_owned()),
            (NameType::Place, "القاهرة".to_owned()),
        ]
    );
    assert_eq!(tagged("وأكد أن الاجتماع سيعقد في إطار التعاون بين البلدين."), vec![]);
}
