//! The bundled seed article through the real binary and a real on-disk store: every saved
//! query answers what a reader of the article would.

mod common;

use common::{rows_with, seed, TempStore};

fn loaded() -> TempStore {
    let store = TempStore::new();
    let out = store.ingest(&[&seed()]);
    assert!(out.starts_with("1 added, 0 replaced, 0 unchanged, 0 failed"), "{out}");
    store
}

#[test]
fn people_with_posts_organisations_and_countries() {
    let store = loaded();
    let people = store.query("people");
    let row = |name: &str| {
        let r = rows_with(&people, "name", name);
        assert_eq!(r.len(), 1, "{name}: {people:?}");
        (r[0]["role"].clone(), r[0]["organization"].clone(), r[0]["country"].clone())
    };
    assert_eq!(row("James Cleverly"), ("Home Secretary".into(), "Home Office".into(), "United Kingdom".into()));
    let (role, _, country) = row("Gerald Darmanin");
    assert_eq!((role.as_str(), country.as_str()), ("Interior Minister", "France"));
    let (role, _, country) = row("Rishi Sunak");
    assert_eq!((role.as_str(), country.as_str()), ("Prime Minister", "United Kingdom"));
    assert_eq!(people.len(), 3, "no other people in the article: {people:?}");
}

#[test]
fn bodies_and_countries() {
    let store = loaded();
    let bodies = store.query("bodies");
    let home_office = rows_with(&bodies, "name", "Home Office");
    assert_eq!(home_office.len(), 1, "{bodies:?}");
    assert_eq!(home_office[0]["country"], "United Kingdom");
    assert_eq!(home_office[0]["kind"], "ministry");
    assert!(!rows_with(&bodies, "name", "Conservative Party").is_empty(), "{bodies:?}");

    let countries = store.query("countries");
    let mut seen: Vec<(String, String, String)> =
        countries.iter().map(|r| (r["country"].clone(), r["iso"].clone(), r["wikidata"].clone())).collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("France".to_owned(), "FR".to_owned(), "Q142".to_owned()),
            ("United Kingdom".to_owned(), "GB".to_owned(), "Q145".to_owned())
        ]
    );
}

#[test]
fn the_demand_the_rejection_and_the_funding() {
    let store = loaded();
    let demands = store.query("demands");
    let by_cleverly = rows_with(&demands, "demander", "James Cleverly");
    assert_eq!(by_cleverly.len(), 1, "{demands:?}");
    let d = by_cleverly[0];
    assert!(d["addressee"].contains("France") && d["addressee"].contains("Gerald Darmanin"), "{d:?}");
    assert!(d["demand"].contains("stop") && d["demand"].contains("small boat crossings"), "{d:?}");
    assert!(d["sentence"].starts_with("In a dramatic escalation"), "{d:?}");
    assert_eq!(d["article"], "UK Home Secretary Demands France Halt Small Boat Crossings in Tense Diplomatic Clash");
    // Every demand in the article is the UK's (or its Home Secretary's), made of France: where
    // the sentence names whom ("... while the UK government pushes for more aggressive
    // interception measures" names no one), that is France.
    for d in &demands {
        assert!(["James Cleverly", "United Kingdom"].contains(&d["demander"].as_str()), "{d:?}");
        assert!(d["addressee"].contains("France") || d["addressee"].is_empty(), "{d:?}");
    }

    let rejections = store.query("rejections");
    assert_eq!(rejections.len(), 1, "{rejections:?}");
    assert_eq!((rejections[0]["rejecter"].as_str(), rejections[0]["rejected"].as_str()), ("France", "United Kingdom"));
    assert!(rejections[0]["sentence"].starts_with("French officials have swiftly rejected"));
    // The rejection answers the UK's demand: the link leads to that demand, not to another fact.
    let answered = store.query(
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#> \
         SELECT ?demander WHERE { ?r a ng:Rejection ; ng:answers ?d . ?d a ng:Demand ; ng:demander/rdfs:label ?demander }",
    );
    assert_eq!(answered.len(), 1, "{answered:?}");
    assert!(["James Cleverly", "United Kingdom"].contains(&answered[0]["demander"].as_str()), "{answered:?}");

    let funding = store.query("funding");
    assert_eq!(funding.len(), 1, "{funding:?}");
    let f = &funding[0];
    assert_eq!(
        (f["funder"].as_str(), f["recipient"].as_str(), f["amount"].as_str(), f["currency"].as_str()),
        ("United Kingdom", "France", "480000000", "GBP")
    );
    for word in ["patrols", "surveillance", "infrastructure"] {
        assert!(f["purpose"].contains(word), "{f:?}");
    }
}

#[test]
fn quotes_with_their_speakers() {
    let store = loaded();
    let quotes = store.query("quotes");
    let said = |speaker: &str, start: &str| quotes.iter().any(|q| q["speaker"] == speaker && q["quote"].starts_with(start));
    assert!(said("France", "The French position is clear"), "{quotes:?}");
    assert!(said("Home Office", "We remain committed"), "{quotes:?}");
}

#[test]
fn articles_and_other_saved_queries_run() {
    let store = loaded();
    let articles = store.query("articles");
    assert_eq!(articles.len(), 1);
    assert!(articles[0]["source"].ends_with("uk-france-small-boats.txt"));
    let triples: usize = articles[0]["triples"].parse().expect("a count");
    assert!(triples > 50, "{articles:?}");
    let totals = store.query("funding-totals");
    assert_eq!(totals[0]["total"], "480000000");
    let france = common::parse_csv(&store.ok(&["query", "actor", "--bind", "name=France", "--format", "csv"]));
    assert!(france.iter().any(|r| r["role"] == "rejected"), "{france:?}");
    assert!(france.iter().any(|r| r["role"] == "received"), "{france:?}");
    assert!(france.iter().all(|r| r["actor"] == "France"), "{france:?}");
    for name in ["dyads", "posts-by-country"] {
        assert!(!store.query(name).is_empty(), "{name}");
    }
}

#[test]
fn extract_json_offsets_slice_the_text_as_read() {
    let text = std::fs::read_to_string(seed()).expect("seed");
    let out = common::newsgraph().args(["extract"]).arg(seed()).output().expect("run");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mentions = json["mentions"].as_array().expect("mentions");
    assert!(mentions.len() > 20);
    for m in mentions {
        let (start, end) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], m["text"].as_str().unwrap(), "{m}");
    }
    for f in json["facts"].as_array().expect("facts") {
        let e = &f["evidence"];
        let (start, end) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], e["text"].as_str().unwrap(), "{f}");
    }
}
