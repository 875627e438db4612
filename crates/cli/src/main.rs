//! `marsad`: the command line. It parses the arguments, calls the engine (`marsad-engine`) and
//! prints what it returns — as text for a person, or as JSON — and reports errors. No pipeline
//! or clustering code lives here.

mod print;
mod progress;
mod show;
mod terminal;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use marsad_core::analyze::entities::EntityKind;
use marsad_core::read::FieldMap;
use marsad_core::Format;
use marsad_engine::export::ExportFormat;
use marsad_engine::ingest::{IngestReport, ReadOptions};
use marsad_engine::{ClusterFilter, Engine};
use serde::Serialize;

use crate::terminal::Terminal;

/// marsad (مرصد): an Arabic-first news intelligence engine. It reads scraped news articles,
/// keeps each text once with every place it was seen, links copies, rewrites and independent
/// reports of one event, chains events into storylines, and shows the people, places and
/// figures they name and where their sources disagree.
#[derive(Parser)]
#[command(name = "marsad", version, about, long_about = None)]
struct Cli {
    /// The store: an SQLite file, made by the first `ingest`.
    #[arg(long, global = true, env = "MARSAD_DB", default_value = "marsad.db")]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

/// Paging and filters of the listing commands.
#[derive(clap::Args, Clone, Default)]
struct Paging {
    /// Show at most this many.
    #[arg(long)]
    limit: Option<usize>,
    /// Skip this many first.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Only what reaches this date (YYYY-MM-DD) or later.
    #[arg(long)]
    since: Option<NaiveDate>,
    /// Only what starts on this date (YYYY-MM-DD) or earlier.
    #[arg(long)]
    until: Option<NaiveDate>,
    /// Only what holds an article seen at this outlet.
    #[arg(long)]
    source: Option<String>,
}

impl Paging {
    fn filter(&self, min_articles: usize) -> ClusterFilter {
        ClusterFilter {
            limit: self.limit,
            offset: self.offset,
            since: self.since,
            until: self.until,
            source: self.source.clone(),
            min_articles,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Read articles from files, directories (recursively) or `-` (stdin) into the store, then
    /// link, read and cluster what is new.
    Ingest {
        /// Files, directories, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The input format; `auto` goes by file extension, or by content for stdin.
        #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
        format: FormatArg,
        /// Read a JSON record's field under another name: `--field title=headline_ar`
        /// (fields: id, url, source, title, text, description, author, published, extracted).
        #[arg(long = "field", value_name = "FIELD=NAME")]
        fields: Vec<String>,
        /// Print the counts and every rejection as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the stored articles by date, with their event and storyline.
    List {
        #[command(flatten)]
        paging: Paging,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// Show one article: its metadata, event and clean text.
    Show {
        /// The article id, or an unambiguous prefix of it.
        id: String,
        /// Also show the lines removed from the text, with the reasons.
        #[arg(long)]
        removed: bool,
        /// Print the raw input exactly as it was read, instead of the clean text.
        #[arg(long)]
        raw: bool,
        /// Print the article as JSON, in the export's shape.
        #[arg(long)]
        json: bool,
    },
    /// Storylines → events → articles with their relation labels, the latest first; then the
    /// events in no storyline.
    Stories {
        /// Leave out storylines and events with fewer articles than this.
        #[arg(long, default_value_t = 1)]
        min_articles: usize,
        #[command(flatten)]
        paging: Paging,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// One storyline (by id or prefix): its events in date order.
    Story {
        id: String,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// Search: events matching the words (any spelling; phrases in quotes), one hit per event
    /// with its best article, a snippet and its counts of copies and sources.
    Search {
        query: Vec<String>,
        /// Only articles of this outlet.
        #[arg(long)]
        source: Option<String>,
        /// Only events on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<chrono::NaiveDate>,
        /// Only events on or before this date (YYYY-MM-DD).
        #[arg(long)]
        until: Option<chrono::NaiveDate>,
        /// Only articles naming this person, place or organization (any spelling).
        #[arg(long)]
        entity: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// One storyline's timeline (by id or prefix): its events in date order, each with its date
    /// (or bounds), title, first summary sentences, counts of articles and independent sources,
    /// and conflicts.
    Timeline {
        story: String,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// One event (by id or prefix): its summary, reports, origins, conflicts and agreements.
    Event {
        id: String,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// People, places and organizations the articles name, most articles first, with the
    /// spellings merged into each.
    Entities {
        /// Only this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Leave out entities named in fewer articles than this.
        #[arg(long, default_value_t = 1)]
        min_articles: usize,
        /// Show at most this many.
        #[arg(long)]
        limit: Option<usize>,
        /// Skip this many first.
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// The entity a name means best (any spelling, a short form, or with a role such as
    /// الملك): its variants, mentions over time, companions and events, and the other
    /// entities the name could mean.
    Entity {
        name: String,
        /// Only entities of this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// Where sources disagree: figures about one thing that differ between the articles of an
    /// event or its storyline, and the figures independent sources agree on.
    Conflicts {
        /// Also show agreements that only copies of one text make.
        #[arg(long)]
        all: bool,
        /// Show at most this many.
        #[arg(long)]
        limit: Option<usize>,
        /// Skip this many first.
        #[arg(long, default_value_t = 0)]
        offset: usize,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// Link, read and cluster every stored article again, replacing the stored links: after an
    /// upgrade of marsad's linking, or when later sightings dated articles linked undated.
    Relink {
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// The relation between two articles (files, or ids in the store) with every score.
    Compare {
        a: String,
        b: String,
        /// Print the result as JSON (the engine's view types).
        #[arg(long)]
        json: bool,
    },
    /// Everything in the store as JSON (export schema version 1), streamed.
    Export {
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// One record a line (`{"type": "article", …}`) instead of one document.
        #[arg(long)]
        ndjson: bool,
    },
    /// Serve the store over HTTP: the JSON API under /api/v1 and the right-to-left web UI.
    /// Ingesting (`POST /api/v1/ingest`) needs the token written beside the store at the first
    /// start (`marsad.db.token`, mode 0600). Stops on Ctrl-C or SIGTERM.
    Serve {
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
    },
    /// Write the web UI's pages as static files with relative links into OUT_DIR (open
    /// OUT_DIR/index.html; no server needed): storylines, events, articles, entities.
    Report { out_dir: PathBuf },
    /// Print a shell completion script: `marsad completions bash > /etc/bash_completion.d/marsad`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print each article's word shingles (hashes) as JSON lines: for benchmarks that compare
    /// marsad's duplicate finding with other tools on exactly the same shingles.
    #[command(hide = true)]
    Shingles {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Instead of the shingles, print the pairs at or above this shingle Jaccard found by
        /// marsad's MinHash LSH, and the seconds that took (reading and cleaning not counted).
        #[arg(long)]
        pairs: Option<f64>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Person,
    Place,
    Org,
}

impl KindArg {
    fn kind(self) -> EntityKind {
        match self {
            KindArg::Person => EntityKind::Person,
            KindArg::Place => EntityKind::Place,
            KindArg::Org => EntityKind::Org,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Auto,
    Txt,
    Html,
    Jsonl,
    Warc,
}

impl FormatArg {
    fn forced(self) -> Option<Format> {
        match self {
            FormatArg::Auto => None,
            FormatArg::Txt => Some(Format::Txt),
            FormatArg::Html => Some(Format::Html),
            FormatArg::Jsonl => Some(Format::Jsonl),
            FormatArg::Warc => Some(Format::Warc),
        }
    }
}

/// How many rejections the human-readable ingest report lists before summing up the rest.
const REJECTIONS_SHOWN: usize = 20;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("MARSAD_LOG"))
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse()) {
        Ok(code) => code,
        // `marsad list | head`: the reader went away; nothing is wrong.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("marsad: {}", terminal::strip_controls(&causes_once(&error)));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes, `a: b: c`, each said once: a cause that only repeats what was said
/// (SQLite's `Error code 26: file is not a database` under `file is not a database`) is left out.
fn causes_once(error: &anyhow::Error) -> String {
    let mut said = String::new();
    for cause in error.chain() {
        let text = cause.to_string();
        let core = text
            .split_once(": ")
            .filter(|(head, _)| head.starts_with("Error code "))
            .map_or(text.as_str(), |(_, rest)| rest);
        if said.contains(core) {
            continue;
        }
        if !said.is_empty() {
            said.push_str(": ");
        }
        said.push_str(&text);
    }
    said
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause.downcast_ref::<serde_json::Error>().and_then(|e| e.io_error_kind())
                == Some(io::ErrorKind::BrokenPipe)
    })
}

/// Writes `value` as pretty JSON and a newline.
fn json(out: &mut impl Write, value: &impl Serialize) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let t = Terminal::stdout();
    let bar = progress::Bar::new();
    let open_existing = || Engine::open_existing(&cli.db);
    match cli.command {
        Command::Ingest { paths, format, fields, json: as_json } => {
            let mut map = FieldMap::default();
            for spec in &fields {
                map.add(spec).map_err(|e| anyhow::anyhow!("--field {e}"))?;
            }
            let mut engine = Engine::open(&cli.db)?;
            let report = engine.ingest(&paths, &ReadOptions { format: format.forced(), fields: map }, &bar)?;
            if as_json {
                json(&mut out, &report)?;
            } else {
                print_ingest(&mut out, t, &report)?;
            }
            out.flush()?;
            if report.all_rejected() {
                eprintln!("marsad: every input was rejected; nothing was read");
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::List { paging, json: as_json } => {
            let lines = open_existing()?.list(&paging.filter(1))?;
            if as_json {
                json(&mut out, &lines)?;
            } else {
                print::list(&mut out, t, &lines)?;
            }
        }
        Command::Show { id, removed, raw, json: as_json } => {
            let engine = open_existing()?;
            let missing = || {
                anyhow::anyhow!(
                    "no article with id {id:?} (ids are 16 hex digits, or a unique prefix; `marsad list` shows them)"
                )
            };
            if raw {
                let bytes = engine.raw_input(&id)?.ok_or_else(missing)?;
                out.write_all(&bytes)?;
            } else {
                let article = engine.article(&id)?.ok_or_else(missing)?;
                if as_json {
                    json(&mut out, &article)?;
                } else {
                    show::article(&mut out, t, &article, removed)?;
                }
            }
        }
        Command::Stories { min_articles, paging, json: as_json } => {
            let view = open_existing()?.stories(&paging.filter(min_articles))?;
            if as_json {
                json(&mut out, &view)?;
            } else {
                print::stories(&mut out, t, &view)?;
            }
        }
        Command::Story { id, json: as_json } => {
            let story = open_existing()?
                .story(&id)?
                .with_context(|| format!("no storyline with id {id:?}; `marsad stories` lists them"))?;
            if as_json {
                json(&mut out, &story)?;
            } else {
                print::print_story(&mut out, t, &story)?;
            }
        }
        Command::Search { query, source, since, until, entity, limit, offset, json: as_json } => {
            let request = marsad_engine::search::SearchRequest {
                query: query.join(" "),
                source,
                since,
                until,
                entity,
                limit,
                offset,
            };
            let results = open_existing()?.search(&request)?;
            if as_json {
                json(&mut out, &results)?;
            } else {
                print::search(&mut out, t, &results)?;
            }
        }
        Command::Timeline { story, json: as_json } => {
            let timeline = open_existing()?
                .timeline(&story)?
                .with_context(|| format!("no storyline with id {story:?}; `marsad stories` lists them"))?;
            if as_json {
                json(&mut out, &timeline)?;
            } else {
                print::timeline(&mut out, t, &timeline)?;
            }
        }
        Command::Event { id, json: as_json } => {
            let event = open_existing()?
                .event(&id)?
                .with_context(|| format!("no event with id {id:?}; `marsad stories` lists them"))?;
            if as_json {
                json(&mut out, &event)?;
            } else {
                print::print_event(&mut out, t, &event, "")?;
                print::event_summary(&mut out, t, &event)?;
            }
        }
        Command::Entities { kind, min_articles, limit, offset, json: as_json } => {
            let all = open_existing()?.entities(kind.map(KindArg::kind), min_articles)?;
            let shown: Vec<_> = all.into_iter().skip(offset).take(limit.unwrap_or(usize::MAX)).collect();
            if as_json {
                json(&mut out, &shown)?;
            } else {
                print::entities(&mut out, t, &shown)?;
            }
        }
        Command::Entity { name, kind, json: as_json } => {
            let page = open_existing()?.entity(&name, kind.map(KindArg::kind))?.with_context(|| {
                format!("no entity is named {name:?} (in any spelling); `marsad entities` lists them")
            })?;
            if as_json {
                json(&mut out, &page)?;
            } else {
                print::entity(&mut out, t, &page)?;
            }
        }
        Command::Conflicts { all, limit, offset, json: as_json } => {
            let findings = open_existing()?.conflicts(all)?;
            let shown: Vec<_> = findings.into_iter().skip(offset).take(limit.unwrap_or(usize::MAX)).collect();
            if as_json {
                json(&mut out, &shown)?;
            } else {
                print::conflicts(&mut out, t, &shown)?;
            }
        }
        Command::Relink { json: as_json } => {
            let report = open_existing()?.relink(&bar)?;
            if as_json {
                json(&mut out, &report)?;
            } else {
                writeln!(out, "relinked {}", report.linking.summary(""))?;
                writeln!(out, "{}", report.facts.summary())?;
                writeln!(out, "{}", report.clusters.summary())?;
            }
        }
        Command::Compare { a, b, json: as_json } => {
            let comparison = marsad_engine::compare::compare_args(&a, &b, &cli.db)?;
            if as_json {
                json(&mut out, &comparison)?;
            } else {
                print_comparison(&mut out, t, &comparison)?;
            }
        }
        Command::Export { output, ndjson } => {
            let format = if ndjson { ExportFormat::Ndjson } else { ExportFormat::Json };
            let engine = open_existing()?;
            match output {
                Some(path) => {
                    let file = std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
                    engine.export(&mut io::BufWriter::new(file), format)?;
                }
                None => engine.export(&mut out, format)?,
            }
        }
        Command::Serve { addr } => {
            marsad_server::serve(&marsad_server::ServeOptions { db: cli.db.clone(), addr })?;
        }
        Command::Report { out_dir } => {
            let counts = marsad_server::report::write_report(&open_existing()?, &out_dir)?;
            writeln!(
                out,
                "wrote {} storylines, {} events, {} articles and {} entities to {}",
                counts.stories,
                counts.events,
                counts.articles,
                counts.entities,
                out_dir.join("index.html").display()
            )?;
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "marsad", &mut out);
        }
        Command::Shingles { paths, pairs } => print_shingles(&mut out, &paths, pairs)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn print_ingest(out: &mut impl Write, t: Terminal, report: &IngestReport) -> io::Result<()> {
    let counts = &report.counts;
    let total = counts.new + counts.already_known + counts.rejected;
    let rate = total as f64 / report.seconds.max(1e-9);
    writeln!(
        out,
        "read {total} documents from {} input{} in {:.1}s ({rate:.0} docs/s)",
        report.inputs,
        if report.inputs == 1 { "" } else { "s" },
        report.seconds
    )?;
    writeln!(out, "  new            {:>8}", counts.new)?;
    writeln!(out, "  already known  {:>8}", counts.already_known)?;
    writeln!(out, "  rejected       {:>8}", counts.rejected)?;
    for (kind, count) in &report.rejected_by_kind {
        writeln!(out, "    {kind:<13}{count:>8}")?;
    }
    if report.linking.articles > 0 {
        writeln!(out, "linked {}", report.linking.summary("new "))?;
    }
    if report.facts.articles > 0 {
        writeln!(out, "{}", report.facts.summary())?;
    }
    if report.clusters.pending > 0 {
        writeln!(out, "{}", report.clusters.summary())?;
    }
    for rejection in report.rejections.iter().take(REJECTIONS_SHOWN) {
        eprintln!("rejected {}: {}", t.field(&rejection.origin), t.field(&rejection.reason));
    }
    if report.rejections.len() > REJECTIONS_SHOWN {
        eprintln!("… and {} more rejections (--json lists them all)", report.rejections.len() - REJECTIONS_SHOWN);
    }
    for skipped in &report.skipped {
        eprintln!("skipped {}: {}", t.field(&skipped.path), skipped.reason);
    }
    Ok(())
}

fn print_comparison(out: &mut impl Write, t: Terminal, c: &marsad_engine::compare::Comparison) -> io::Result<()> {
    for (label, side) in [("A", &c.a), ("B", &c.b)] {
        writeln!(
            out,
            "{label}  {}  {}  [{}]",
            side.id,
            t.or(side.title.as_deref(), "(no title)"),
            t.field(&side.origin)
        )?;
    }
    // Every score the comparison computed, as the JSON names them.
    writeln!(out, "relation     {}", c.relation.as_str())?;
    if let Ok(serde_json::Value::Object(scores)) = serde_json::to_value(&c.scores) {
        for (name, value) in scores {
            let shown = match value {
                serde_json::Value::Null => "unknown".to_owned(),
                serde_json::Value::Number(n) => n.as_f64().map_or(n.to_string(), |f| {
                    if f.fract() == 0.0 {
                        format!("{f:.0}")
                    } else {
                        format!("{f:.3}")
                    }
                }),
                other => other.to_string(),
            };
            writeln!(out, "{name:<12} {shown}{}", score_note(&name))?;
        }
    }
    Ok(())
}

/// What a score measures, for a person reading `compare`.
fn score_note(name: &str) -> &'static str {
    match name {
        "jaccard" => "   (word 3-shingles)",
        "containment" => "   (shingles of the smaller inside the larger)",
        "alignment" => "   (sentences of the shorter restated in the other)",
        "cosine" => "   (TF-IDF over stems)",
        "names" => "   (shared names, places and rare words)",
        "date_gap" => " days apart (unknown: an article has no date)",
        _ => "",
    }
}

/// `{"origin", "id", "shingles": [u64…]}` for every article of `paths` (JSON lines); or, with
/// `pairs`, `{"seconds", "documents", "pairs": [[id, id, jaccard]…]}` for the pairs at or above
/// that Jaccard, timing only the MinHash, LSH and confirmation.
fn print_shingles(out: &mut impl Write, paths: &[PathBuf], pairs: Option<f64>) -> anyhow::Result<()> {
    let documents = marsad_engine::compare::shingles_of(paths);
    match pairs {
        None => {
            for (origin, id, set) in &documents {
                writeln!(out, "{}", serde_json::json!({"origin": origin, "id": id, "shingles": set}))?;
            }
        }
        Some(threshold) => {
            let sets: Vec<Vec<u64>> = documents.iter().map(|(_, _, set)| set.clone()).collect();
            let started = std::time::Instant::now();
            let found = marsad_core::analyze::fingerprint::near_duplicate_pairs(&sets, threshold);
            let seconds = started.elapsed().as_secs_f64();
            let pairs: Vec<serde_json::Value> =
                found.iter().map(|&(i, j, s)| serde_json::json!([documents[i].1, documents[j].1, s])).collect();
            writeln!(out, "{}", serde_json::json!({"seconds": seconds, "documents": sets.len(), "pairs": pairs}))?;
        }
    }
    Ok(())
}
