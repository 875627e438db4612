//! Scores marsad's single-article summaries against each ANT article's own `abstract` (the
//! outlet's standfirst) with ROUGE-1 and ROUGE-2 F over Arabic-normalized tokens, beside the
//! LEAD-3 baseline (the first three sentences), on a development and a held-out half (by the
//! parity of a hash of the docno). `--grid` searches the ranking weights on the development
//! half only. Usage:
//!
//! ```sh
//! cargo run --release -p marsad-core --example summary_eval -- ../shared/data/ant_multisource.jsonl.gz [--every 8] [--grid]
//! ```

use std::path::PathBuf;

use anyhow::bail;
use marsad_core::analyze::background::Background;
use marsad_core::clean;
use marsad_core::read::{expand_inputs, read_input};
use marsad_core::summarize::rouge::{rouge_n, rouge_tokens};
use marsad_core::summarize::{summarize_with, SummaryInput, Weights, SINGLE_SOURCE_WEIGHTS};

/// One article with a standfirst to score against.
struct Scored {
    dev: bool,
    text: String,
    title: Option<String>,
    reference: Vec<String>,
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(ant) = args.first().map(PathBuf::from) else {
        bail!("usage: summary_eval ANT.jsonl.gz [--every N] [--grid]")
    };
    let every: usize =
        args.iter().position(|a| a == "--every").and_then(|i| args.get(i + 1)?.parse().ok()).unwrap_or(8);
    let articles = read(&ant, every);
    eprintln!("{} articles with a standfirst ({} dev)", articles.len(), articles.iter().filter(|a| a.dev).count());
    let background = Background::shipped();
    if args.iter().any(|a| a == "--grid") {
        grid(&articles, background);
    }
    println!("| half | articles | summary | ROUGE-1 F | ROUGE-2 F | words |");
    println!("|---|---:|---|---:|---:|---:|");
    for (half, dev) in [("dev", true), ("held-out", false)] {
        let part: Vec<&Scored> = articles.iter().filter(|a| a.dev == dev).collect();
        for (name, pick) in
            [("LEAD-3", Pick::Lead(3)), ("LEAD-1", Pick::Lead(1)), ("marsad", Pick::Marsad(SINGLE_SOURCE_WEIGHTS))]
        {
            let (r1, r2, words) = score(&part, &pick, background);
            println!("| {half} | {} | {name} | {r1:.4} | {r2:.4} | {words:.1} |", part.len());
        }
    }
    Ok(())
}

enum Pick {
    Lead(usize),
    Marsad(Weights),
}

fn summary_of(article: &Scored, pick: &Pick, background: &Background) -> String {
    match pick {
        Pick::Lead(n) => {
            marsad_arabic::sentences::sentences(&article.text).into_iter().take(*n).collect::<Vec<_>>().join(" ")
        }
        Pick::Marsad(weights) => {
            let input = SummaryInput {
                id: "a",
                source: "s",
                title: article.title.as_deref(),
                text: &article.text,
                original: "a",
            };
            summarize_with(&[input], &[], background, weights)
                .into_iter()
                .map(|s| s.sentence)
                .collect::<Vec<_>>()
                .join(" ")
        }
    }
}

/// Mean ROUGE-1 F, ROUGE-2 F and summary words over `articles`.
fn score(articles: &[&Scored], pick: &Pick, background: &Background) -> (f64, f64, f64) {
    let (mut r1, mut r2, mut words) = (0.0, 0.0, 0.0);
    for article in articles {
        let tokens = rouge_tokens(&summary_of(article, pick, background));
        r1 += rouge_n(&tokens, &article.reference, 1);
        r2 += rouge_n(&tokens, &article.reference, 2);
        words += tokens.len() as f64;
    }
    let n = articles.len().max(1) as f64;
    (r1 / n, r2 / n, words / n)
}

/// Searches the ranking weights on the development half, printing the best few by ROUGE-1 F.
fn grid(articles: &[Scored], background: &Background) {
    let dev: Vec<&Scored> = articles.iter().filter(|a| a.dev).collect();
    let mut results = Vec::new();
    for centrality in [0.0, 0.1, 0.25, 0.5] {
        for position in [1.0, 2.0, 4.0] {
            for information in [0.0, 0.1, 0.3] {
                for headline in [0.0, 0.3, 0.6, 1.2] {
                    let weights = Weights { centrality, position, information, headline };
                    let (r1, r2, _) = score(&dev, &Pick::Marsad(weights), background);
                    results.push((r1, r2, weights));
                }
            }
        }
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("| centrality | position | information | headline | ROUGE-1 F (dev) | ROUGE-2 F (dev) |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for (r1, r2, w) in results.iter().take(8) {
        println!("| {} | {} | {} | {} | {r1:.4} | {r2:.4} |", w.centrality, w.position, w.information, w.headline);
    }
    println!();
}

/// Every `every`-th ANT record with a standfirst, cleaned.
fn read(ant: &PathBuf, every: usize) -> Vec<Scored> {
    let list = expand_inputs(std::slice::from_ref(ant), None);
    let mut out = Vec::new();
    let mut seen = 0usize;
    for input in &list.inputs {
        read_input(
            input,
            &mut |result| {
                seen += 1;
                if !seen.is_multiple_of(every) {
                    return;
                }
                let Ok(doc) = result else { return };
                let Some(docno) = doc.declared.id.clone() else { return };
                let Some(reference) = doc.declared.description.clone().filter(|d| !d.trim().is_empty()) else { return };
                let Ok(article) = clean(doc) else { return };
                let dev = xxhash_rust::xxh3::xxh3_64(docno.as_bytes()).is_multiple_of(2);
                out.push(Scored {
                    dev,
                    text: article.text.clone(),
                    title: article.title.clone(),
                    reference: rouge_tokens(&reference),
                });
            },
            &mut |_| {},
        );
    }
    out
}
