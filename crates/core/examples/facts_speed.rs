//! Times the facts step's parts on the first N articles of a corpus, on one thread: the rules'
//! mentions, the tagger (features and decoding), rules and tagger together, figures and quotes,
//! and all of `Facts::of`. Usage:
//! `cargo run --release -p marsad-core --example facts_speed -- ../shared/data/saudinewsnet.jsonl.gz 3000`

use std::path::PathBuf;
use std::time::Instant;

use marsad_arabic::tokenize::keyed_tokens;
use marsad_core::analyze::claims::{number_claims, quote_claims};
use marsad_core::analyze::entities::{find_mentions, rule_mentions};
use marsad_core::analyze::facts::Facts;
use marsad_core::analyze::gazetteer::Gazetteer;
use marsad_core::analyze::tagger::Model;
use marsad_core::clean;
use marsad_core::read::{expand_inputs, read_input};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = PathBuf::from(args.first().map_or("../shared/data/saudinewsnet.jsonl.gz", String::as_str));
    let limit: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(3000);
    let list = expand_inputs(&[path], None);
    let mut articles = Vec::new();
    for input in &list.inputs {
        read_input(
            input,
            &mut |result| {
                if articles.len() < limit {
                    if let Ok(article) = result.map_err(drop).and_then(|doc| clean(doc).map_err(drop)) {
                        articles.push(article);
                    }
                }
            },
            &mut |_| {},
        );
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!("{} articles, {:.1} MB of clean text\n", articles.len(), bytes as f64 / 1e6);
    println!("| part | seconds | articles/s |");
    println!("|---|---:|---:|");
    let time = |name: &str, work: &dyn Fn(&str) -> usize| {
        let started = Instant::now();
        let found: usize = articles.iter().map(|a| work(&a.text)).sum();
        let seconds = started.elapsed().as_secs_f64();
        println!("| {name} ({found} found) | {seconds:.2} | {:.0} |", articles.len() as f64 / seconds);
    };
    let model = Model::shipped().expect("the shipped tagger");
    time("rules' mentions", &|text| rule_mentions(text).len());
    time("tagger alone", &|text| {
        let tokens = keyed_tokens(text);
        let places = Gazetteer::shipped().find_token_spans(text, &tokens);
        model.tag(text, &tokens, &places).len()
    });
    time("tagger: token infos only", &|text| {
        let tokens = keyed_tokens(text);
        let places = Gazetteer::shipped().find_token_spans(text, &tokens);
        marsad_core::analyze::tagger::features::token_infos(text, &tokens, &places).len()
    });
    time("mentions (rules and tagger)", &|text| find_mentions(text).len());
    time("figures", &|text| number_claims(text).len());
    time("quotes", &|text| quote_claims(text).len());
    let started = Instant::now();
    let mentions: usize = articles.iter().map(|a| Facts::of(a).mentions.len()).sum();
    let seconds = started.elapsed().as_secs_f64();
    println!("| Facts::of, all ({mentions} mentions) | {seconds:.2} | {:.0} |", articles.len() as f64 / seconds);
}
