//! Real BBC News articles (read by path from the corpus, never copied into the repository)
//! through the real binary and store. Skipped, with a note, where the corpus is absent.

mod common;

use common::{corpus, rows_with, TempStore};

fn load(test: &str, files: &[&str]) -> Option<TempStore> {
    let dir = corpus(test)?.join("bbc");
    let store = TempStore::new();
    let paths: Vec<std::path::PathBuf> = files.iter().map(|f| dir.join(f)).collect();
    let refs: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
    let out = store.ingest(&refs);
    assert!(out.starts_with(&format!("{} added", files.len())), "{out}");
    Some(store)
}

#[test]
fn tsunami_article_people_posts_and_countries() {
    let Some(store) = load("tsunami_article_people_posts_and_countries", &["politics/135.txt"]) else { return };
    let people = store.query("people");
    let post = |name: &str| {
        rows_with(&people, "name", name).iter().map(|r| (r["role"].clone(), r["organization"].clone(), r["country"].clone())).collect::<Vec<_>>()
    };
    assert!(post("Gordon Brown").contains(&("Chancellor of the Exchequer".into(), "HM Treasury".into(), "United Kingdom".into())), "{people:?}");
    assert!(post("George Bush").iter().any(|(r, _, c)| r == "President" && c == "United States"), "{people:?}");
    assert!(post("Michael Howard").iter().any(|(r, o, _)| r == "Leader" && o == "Conservative Party"), "{people:?}");
    assert!(post("Jack Straw").iter().any(|(r, o, _)| r == "Foreign Secretary" && o == "Foreign Office"), "{people:?}");
    let countries = store.query("countries");
    for (name, iso) in [("Egypt", "EG"), ("Sri Lanka", "LK"), ("Indonesia", "ID"), ("Germany", "DE"), ("Canada", "CA")] {
        let r = rows_with(&countries, "country", name);
        assert_eq!(r.len(), 1, "{name}: {countries:?}");
        assert_eq!(r[0]["iso"], iso);
        assert!(r[0]["wikidata"].starts_with('Q'));
    }
}

#[test]
fn maternity_pay_article_cabinet_post_and_a_party_rejection() {
    let Some(store) = load("maternity_pay_article_cabinet_post_and_a_party_rejection", &["politics/001.txt"]) else { return };
    let people = store.query("people");
    let hewitt = rows_with(&people, "name", "Patricia Hewitt");
    assert!(
        hewitt.iter().any(|r| r["role"] == "Trade and Industry Secretary" && r["organization"] == "Department of Trade and Industry"),
        "{people:?}"
    );
    assert!(rows_with(&people, "name", "Theresa May").iter().any(|r| r["role"].starts_with("Shadow")), "{people:?}");
    let rejections = store.query("rejections");
    assert!(rows_with(&rejections, "rejecter", "Conservative Party").iter().any(|r| r["what"].contains("maternity pay")), "{rejections:?}");
    // £1,400 of maternity pay and £102.80 a week are not funding between actors.
    assert!(store.query("funding").is_empty());
}

#[test]
fn pre_budget_report_rejection_of_a_party_call() {
    let Some(store) = load("pre_budget_report_rejection_of_a_party_call", &["politics/128.txt"]) else { return };
    let rejections = store.query("rejections");
    let brown = rows_with(&rejections, "rejecter", "Gordon Brown");
    assert!(brown.iter().any(|r| r["rejected"] == "Liberal Democrats" && r["what"].contains("National Audit Office")), "{rejections:?}");
}

#[test]
fn greenspan_urges_congress() {
    let Some(store) = load("greenspan_urges_congress", &["business/041.txt"]) else { return };
    let demands = store.query("demands");
    let greenspan = rows_with(&demands, "demander", "Alan Greenspan");
    assert!(greenspan.iter().any(|d| d["addressee"] == "Congress" && d["demand"].contains("cut the deficit")), "{demands:?}");
}

#[test]
fn loans_and_donations_with_funder_recipient_and_one_amount() {
    let Some(store) = load("loans_and_donations_with_funder_recipient_and_one_amount", &["business/077.txt", "politics/276.txt", "sport/136.txt"])
    else {
        return;
    };
    let funding = store.query("funding");
    let item = |funder: &str, recipient: &str| {
        funding.iter().filter(|f| f["funder"] == funder && f["recipient"] == recipient).map(|f| (f["amount"].clone(), f["currency"].clone())).collect::<Vec<_>>()
    };
    // "$6bn (£3.2bn)" is one sum, given in two currencies.
    assert_eq!(item("China", "Russia"), [("6000000000".to_owned(), "USD".to_owned())], "{funding:?}");
    assert!(item("Duncan Bannatyne", "Labour Party").contains(&("50000".into(), "GBP".into())), "{funding:?}");
    assert!(item("Iran", "Arash Miresmaeili").contains(&("125000".into(), "USD".into())), "{funding:?}");
    let rejections = store.query("rejections");
    assert!(rejections.iter().any(|r| r["rejecter"] == "Iran" && r["rejected"] == "Israel"), "{rejections:?}");
}

#[test]
fn whole_corpus_ingests_without_failures() {
    let Some(dir) = corpus("whole_corpus_ingests_without_failures") else { return };
    let store = TempStore::new();
    let out = store.ingest(&[&dir.join("bbc")]);
    assert!(out.starts_with("2225 added, 0 replaced, 0 unchanged, 0 failed"), "{out}");
    let again = store.ingest(&[&dir.join("bbc")]);
    assert!(again.starts_with("0 added, 0 replaced, 2225 unchanged, 0 failed; 0 triples"), "{again}");
}
