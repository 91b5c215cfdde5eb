//! The `newsgraph` command line: parses arguments, calls the library, prints.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use oxigraph::io::RdfFormat;
use oxigraph::model::{Literal, Variable};

use newsgraph::article::{self, Input};
use newsgraph::extract::Fact;
use newsgraph::ingest::{ingest, IngestOptions};
use newsgraph::query::{self, ResultsFormat};
use newsgraph::store::GraphStore;
use newsgraph::{graph, Lexicon};

#[derive(Parser)]
#[command(name = "newsgraph", version, about = "Turns news articles about international disputes into a queryable RDF graph")]
struct Cli {
    /// The on-disk graph store.
    #[arg(long, global = true, env = "NEWSGRAPH_STORE", default_value = "newsgraph-store")]
    store: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load articles (.txt, .html, .jsonl files, folders of them, `-` for stdin) into the store.
    Ingest {
        /// Files, folders (searched recursively) or `-`.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Input files extracted together and handed to the store together.
        #[arg(long, default_value_t = 512)]
        batch: usize,
        /// Commit new articles every this many quads (about 45 an article): an interrupted
        /// ingest loses at most this much, and fewer commits write faster.
        #[arg(long, default_value_t = newsgraph::ingest::DEFAULT_COMMIT_QUADS)]
        commit_every: usize,
    },
    /// Run a saved query by name, a .rq file, or inline SPARQL.
    Query {
        /// Saved query name (see `newsgraph queries`), a .rq file, or SPARQL text.
        query: String,
        /// Output format (default: table on a terminal, csv otherwise).
        #[arg(long, value_enum)]
        format: Option<ResultsFormat>,
        /// Bind a query variable to a literal: --bind name=France.
        #[arg(long, value_name = "VAR=VALUE")]
        bind: Vec<String>,
        /// Give up after this many seconds.
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<f64>,
    },
    /// List the saved queries with the question each answers.
    Queries,
    /// Write the whole graph in a standard RDF format.
    Export {
        /// RDF format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Turtle)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Run the extractor on one article and print what it found, without a store.
    Extract {
        /// The article (.txt, .html, .jsonl, or `-`).
        file: PathBuf,
        /// Turtle (the triples ingest would write) or JSON (mentions and facts with evidence).
        #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
        format: ExtractFormat,
    },
    /// Count resources per class and triples per article.
    Stats,
    /// Measure the extractor: precision, recall and F1 on the hand-annotated gold set, and
    /// person names on CoNLL-2003.
    Eval {
        /// Folder of gold annotations.
        #[arg(long, default_value = "tests/gold")]
        gold: PathBuf,
        /// Corpus folder the gold files' article paths are relative to.
        #[arg(long, env = "NEWSGRAPH_CORPUS", default_value = "../shared/corpus")]
        corpus: PathBuf,
        /// CoNLL-2003 file to score person names on (default: conll2003/eng.testa in the corpus).
        #[arg(long)]
        conll: Option<PathBuf>,
        /// Print every miss and false hit.
        #[arg(long)]
        errors: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Turtle,
    Json,
}

fn main() -> ExitCode {
    // Like other Unix filters, end quietly when the reader of our output goes away
    // (`newsgraph query ... | head`) instead of failing on a broken pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newsgraph: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn lexicon() -> Result<&'static Lexicon> {
    Lexicon::builtin().map_err(|e| anyhow::anyhow!("{e}"))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest { paths, batch, commit_every } => {
            let store = GraphStore::open(&cli.store)?;
            let options = IngestOptions { batch_inputs: batch, commit_quads: commit_every, progress: std::io::stderr().is_terminal() };
            let summary = ingest(&store, &paths, || Lexicon::builtin().map_err(|e| e.to_string()), &options)?;
            for f in &summary.failures {
                eprintln!("newsgraph: skipped {f}");
            }
            println!(
                "{} added, {} replaced, {} unchanged, {} failed; {} triples written to {}",
                summary.added,
                summary.replaced,
                summary.unchanged,
                summary.failed,
                summary.triples,
                cli.store.display()
            );
            if summary.failed > 0 {
                eprintln!("newsgraph: {} input(s) failed; see the lines above", summary.failed);
                return Ok(ExitCode::from(1));
            }
        }
        Command::Query { query, format, bind, timeout } => {
            let sparql = query::resolve_query(&query)?;
            let bound: Vec<&str> = bind.iter().filter_map(|b| b.split_once('=')).map(|(var, _)| var.trim_start_matches('?')).collect();
            if let Some(missing) = query::missing_parameters(&query, &bound).first() {
                anyhow::bail!("saved query {query:?} starts from a given {missing}: add --bind {missing}=<label> (for example --bind {missing}=France)");
            }
            let store = GraphStore::open_read_only(&cli.store)?;
            let timeout = timeout.map(Duration::from_secs_f64);
            let results = if bind.is_empty() {
                store.query(&sparql, timeout)?
            } else {
                let mut bindings = Vec::new();
                for b in &bind {
                    let (name, value) = b.split_once('=').with_context(|| format!("--bind {b:?}: expected VAR=VALUE"))?;
                    let var = Variable::new(name.trim_start_matches('?')).with_context(|| format!("--bind {b:?}: bad variable name"))?;
                    bindings.push((var, Literal::from(value)));
                }
                store.query_with_bindings(&sparql, timeout, bindings)?
            };
            let format = format.unwrap_or(if std::io::stdout().is_terminal() { ResultsFormat::Table } else { ResultsFormat::Csv });
            // Stdout flushes at every line; a listing of many rows wants one buffer.
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            query::write_results(results, format, &mut out)?;
            out.flush()?;
        }
        Command::Queries => {
            for q in query::saved_queries() {
                println!("{:<18} {}\n{:<18} {}", q.name, q.title, "", q.question);
            }
        }
        Command::Export { format, output } => {
            let format = match format {
                ExportFormat::Turtle => RdfFormat::Turtle,
                ExportFormat::Ntriples => RdfFormat::NTriples,
                ExportFormat::Nquads => RdfFormat::NQuads,
                ExportFormat::Trig => RdfFormat::TriG,
                ExportFormat::Rdfxml => RdfFormat::RdfXml,
            };
            let store = GraphStore::open_read_only(&cli.store)?;
            match output {
                Some(path) => export_to_file(&store, format, &path)?,
                None => store.export(format, std::io::BufWriter::new(std::io::stdout().lock()))?,
            }
        }
        Command::Extract { file, format } => extract_one(&file, format)?,
        Command::Stats => stats(&cli.store)?,
        Command::Eval { gold, corpus, conll, errors } => evaluate(&gold, &corpus, conll, errors)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes to a temporary file beside `path` and renames it, so a failed export never leaves
/// a truncated file where a good one was.
fn export_to_file(store: &GraphStore, format: RdfFormat, path: &Path) -> Result<()> {
    let tmp = path.with_extension("partial");
    let file = std::fs::File::create(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    let result = store.export(format, std::io::BufWriter::new(file));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("writing {}", path.display()));
    }
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn extract_one(file: &Path, format: ExtractFormat) -> Result<()> {
    let lex = lexicon()?;
    let input = if file.as_os_str() == "-" { Input::Stdin } else { Input::File(file.to_owned()) };
    if let Input::File(p) = &input {
        if !p.exists() {
            bail!("{}: no such file", p.display());
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let articles = article::read_input(&input);
    let mut json_docs = Vec::new();
    for a in articles {
        let a = a?;
        let ex = newsgraph::extract(&a.text, lex);
        match format {
            ExtractFormat::Turtle => {
                let rdf = graph::map_article(&a, &ex, lex);
                let mut w = graph::serializer(RdfFormat::Turtle)?.for_writer(&mut out);
                for q in rdf.article.iter().chain(&rdf.shared) {
                    w.serialize_triple(oxigraph::model::TripleRef::from(q.as_ref()))?;
                }
                w.finish()?;
            }
            ExtractFormat::Json => json_docs.push(extraction_json(&a, &ex)),
        }
    }
    if let ExtractFormat::Json = format {
        let value = if json_docs.len() == 1 { json_docs.remove(0) } else { serde_json::Value::Array(json_docs) };
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}

/// Mentions with their text, entities, and facts with entity names and evidence text.
fn extraction_json(a: &newsgraph::Article, ex: &newsgraph::Extraction) -> serde_json::Value {
    use serde_json::json;
    let name = |i: usize| ex.entities.get(i).map(|e| e.name.clone());
    let sentence = |e: newsgraph::extract::Evidence| json!({"text": &a.text[e.start..e.end], "start": e.start, "end": e.end});
    let facts: Vec<serde_json::Value> = ex
        .facts
        .iter()
        .map(|f| match f {
            Fact::Holds(h) => json!({"type": "holds", "person": name(h.person), "post": h.post,
                "body": h.body.and_then(name), "country": h.country, "evidence": sentence(h.evidence)}),
            Fact::Demand(d) => json!({"type": "demand", "demander": name(d.demander),
                "addressees": d.addressees.iter().filter_map(|&x| name(x)).collect::<Vec<_>>(),
                "demand": d.content, "evidence": sentence(d.evidence)}),
            Fact::Rejection(r) => json!({"type": "rejection", "rejecter": name(r.rejecter),
                "rejected": r.rejected.and_then(name), "what": r.content, "evidence": sentence(r.evidence)}),
            Fact::Funding(m) => json!({"type": "funding", "funder": m.funder.and_then(name),
                "recipient": m.recipient.and_then(name), "amount": m.amount, "currency": m.currency,
                "purpose": m.purpose, "money": &a.text[m.money_start..m.money_end], "evidence": sentence(m.evidence)}),
            Fact::Quote(q) => json!({"type": "quote", "speaker": q.speaker.and_then(name),
                "quote": &a.text[q.start..q.end], "start": q.start, "end": q.end, "evidence": sentence(q.evidence)}),
        })
        .collect();
    json!({
        "source": a.source,
        "title": a.title,
        "mentions": ex.mentions.iter().map(|m| json!({
            "kind": m.kind, "text": &a.text[m.start..m.end], "start": m.start, "end": m.end,
            "entity": m.entity.and_then(name),
        })).collect::<Vec<_>>(),
        "entities": ex.entities,
        "facts": facts,
    })
}

fn print_score(label: &str, score: &newsgraph::eval::Score) {
    if score.true_positives + score.false_positives + score.false_negatives == 0 {
        println!("{label:<34} n/a (nothing in the gold, nothing found)");
        return;
    }
    println!(
        "{label:<34} P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})",
        score.precision(),
        score.recall(),
        score.f1(),
        score.true_positives,
        score.false_positives,
        score.false_negatives
    );
}

fn evaluate(gold: &Path, corpus: &Path, conll: Option<PathBuf>, errors: bool) -> Result<()> {
    let lex = lexicon()?;
    let report = newsgraph::eval::gold_score(gold, corpus, lex).map_err(|e| anyhow::anyhow!(e))?;
    if errors {
        for e in &report.errors {
            println!("{e}");
        }
        println!();
    }
    println!("gold set: {} articles ({})", report.articles, gold.display());
    for measure in newsgraph::eval::MEASURES {
        if let Some(score) = report.scores.get(measure) {
            print_score(measure, score);
        }
    }
    let conll = conll.unwrap_or_else(|| corpus.join("conll2003/eng.testa"));
    let (score, misses) = newsgraph::eval::conll_file_score(&conll, lex).with_context(|| format!("reading {}", conll.display()))?;
    if errors {
        for m in &misses {
            println!("{m}");
        }
    }
    print_score("CoNLL-2003 dev PER (exact span)", &score);
    Ok(())
}

fn stats(store_path: &Path) -> Result<()> {
    let store = GraphStore::open_read_only(store_path)?;
    let by_class = "SELECT ?class (COUNT(DISTINCT ?s) AS ?resources) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?resources)";
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    writeln!(out, "{} quads in {}\n", store.len()?, store_path.display())?;
    query::write_results(store.query(by_class, None)?, ResultsFormat::Table, &mut out)?;
    writeln!(out)?;
    let articles = query::resolve_query("articles")?;
    query::write_results(store.query(&articles, None)?, ResultsFormat::Table, &mut out)?;
    out.flush()?;
    Ok(())
}
