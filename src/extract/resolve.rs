//! Resolving mentions to entities: one entity per person, body and country in an article,
//! coreference of surnames, "Mr X", role phrases ("the Home Secretary") and pronouns, and the
//! posts people hold.

use rustc_hash::FxHashMap as HashMap;

use super::mentions::{Hit, NameSpot, Spot};
use super::model::{Entity, EntityKind, Evidence, Holding, Mention, MentionKind};
use super::Doc;
use crate::lexicon::{Anaphor, BodyKind, Cue, GazetteerHit, Lexicon};
use crate::text::{after_possessive, capitalise, is_capitalised, possessive_at, Token};

/// A mention that can take part in an event: a person, body or country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    /// First byte of the mention.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Entity index.
    pub entity: usize,
    /// Whether the mention is a pronoun ("he"), resolved to the last person named.
    pub pronoun: bool,
    /// Whether the entity is a person (not a body or country).
    pub person: bool,
    /// Whether the mention only qualifies a noun ("the US complaint"): it can be the object of
    /// an event, never its subject.
    pub modifier: bool,
    /// The others of a pair or trio the mention stands for ("the two men" after "Tony Blair and
    /// Gordon Brown", "the three countries" after "Britain, France and Germany"); `entity` is
    /// the first.
    pub partners: [Option<usize>; 2],
}

impl Actor {
    /// The others of the pair or trio the mention stands for, if any.
    pub fn partner_entities(&self) -> impl Iterator<Item = usize> {
        self.partners.into_iter().flatten()
    }
}

/// The entities of one article and the links between them.
#[derive(Debug, Default)]
pub struct Resolved {
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Actor mentions in text order.
    pub actors: Vec<Actor>,
    /// Posts held.
    pub holdings: Vec<Holding>,
    /// The person and post of each holding whose country is the article's home country by
    /// guess, not read from the text ("President Donald Trump" under a BEIJING dateline).
    pub guessed: Vec<(usize, String)>,
}

#[derive(Default)]
struct Registry {
    entities: Vec<Entity>,
    index: HashMap<(EntityKind, String, Option<String>), usize>,
    /// Acronyms the article defines for bodies, with the body each stands for.
    acronyms: HashMap<String, usize>,
}

impl Registry {
    fn get(&mut self, kind: EntityKind, name: &str, country: Option<&str>, body_kind: Option<BodyKind>) -> usize {
        if let Some(&i) = self.acronyms.get(name).filter(|_| kind == EntityKind::Body) {
            return i;
        }
        let key = (kind, name.to_owned(), if kind == EntityKind::Person { None } else { country.map(str::to_owned) });
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.entities.len();
        self.entities.push(Entity {
            kind,
            name: name.to_owned(),
            country: country.map(str::to_owned),
            body_kind,
        });
        self.index.insert(key, i);
        i
    }

    fn country(&mut self, lex: &Lexicon, idx: usize) -> usize {
        let c = &lex.countries[idx];
        self.get(EntityKind::Country, &c.name, Some(&c.iso2), None)
    }

    fn body(&mut self, lex: &Lexicon, idx: usize, country: Option<&str>) -> usize {
        let b = &lex.bodies[idx];
        let country = b.country.as_deref().or(country);
        // A body a state places ("Turkey's central bank") is named for that state.
        let state = country.and_then(|c| lex.country_index(c)).map(|i| lex.countries[i].name.as_str());
        match state.filter(|_| b.label.contains("{state}")) {
            Some(state) => self.get(EntityKind::Body, &b.label.replace("{state}", state), country, Some(b.kind)),
            None => self.get(EntityKind::Body, &b.label, country, Some(b.kind)),
        }
    }
}

/// The name with curly apostrophes straightened and spaces collapsed.
fn normalise_name(s: &str) -> String {
    s.replace('’', "'").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn token_at(tokens: &[Token], pos: usize) -> Option<usize> {
    tokens.iter().position(|t| t.start <= pos && pos < t.end)
}

/// A title used as a role phrase with no holder named beside it ("the home secretary").
struct RoleRef {
    start: usize,
    end: usize,
    label: String,
    country: Option<String>,
    body: Option<usize>,
    /// Whether `country` was read from the title's phrase or the post itself, not guessed.
    country_read: bool,
    /// Whether, when no one the article names holds the post, it may stand for a person named
    /// just before: "the prime minister" may, "Britain's first gay MP" may not.
    guessable: bool,
    /// Index of its sentence.
    sentence: usize,
}

/// Resolves the mentions found in `doc`.
pub fn resolve(doc: &Doc) -> Resolved {
    let lex = doc.lex;
    let text = doc.text;
    let mut reg = Registry::default();
    let mut mentions = Vec::new();
    let mut actors = Vec::new();

    // People: full names first, then references by surname (with or without "Mr"/a title).
    let mut person_spans: Vec<(usize, usize, usize)> = Vec::new(); // start, end, entity
    // Surname -> (entity, position of the full name), in text order.
    let mut by_surname: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::default();
    let full_names: Vec<(&NameSpot, String)> = doc.names.iter().filter(|n| n.full).map(|n| (n, normalise_name(&text[n.start..n.end]))).collect();
    let full_in_body: Vec<&str> = full_names.iter().filter(|(n, _)| n.start >= doc.headline_end).map(|(_, name)| name.as_str()).collect();
    for (n, name) in &full_names {
        if n.start < doc.headline_end && !full_in_body.contains(&name.as_str()) {
            continue;
        }
        // "Mr De Vido" after "Julio De Vido": the end of a longer name is that person's surname.
        let longer = full_names.iter().map(|(_, l)| l).find(|l| l.len() > name.len() && l.ends_with(name.as_str()) && l[..l.len() - name.len()].ends_with(' '));
        let name = longer.unwrap_or(name);
        let e = reg.get(EntityKind::Person, name, None, None);
        person_spans.push((n.honorific_start.unwrap_or(n.start), n.end, e));
        if let Some(surname) = name.rsplit(' ').next() {
            by_surname.entry(surname.to_owned()).or_default().push((e, n.start));
        }
        if let Some((first, _)) = name.split_once(' ') {
            by_first_word.entry(first.to_owned()).or_default().push(e);
        }
    }
    // "Lin Jian ... Lin said", "Xi Jinping ... Mr Xi": names written family name first are
    // taken up by their first word, when it is no one's surname and only one person's first word.
    by_first_word.retain(|first, people| {
        people.dedup();
        people.len() == 1 && !by_surname.contains_key(first)
    });
    let person_by_word = |word: &str| -> Option<usize> {
        match by_surname.get(word) {
            Some(named) => named.first().map(|&(e, _)| e),
            None => by_first_word.get(word).map(|people| people[0]),
        }
    };
    let resolve_surname = |word: &str, pos: usize| -> Option<usize> {
        let word = normalise_name(word);
        let Some(named) = by_surname.get(&word) else {
            return person_by_word(&word);
        };
        let before = named.iter().filter(|(_, p)| *p <= pos).max_by_key(|(_, p)| *p);
        before.or_else(|| named.first()).map(|(e, _)| *e)
    };
    // A surname the article never gives in full ("President Clinton") is still a mention of a
    // person, but not an entity: a surname alone is no key to who it is.
    let mut unresolved: Vec<(usize, usize)> = Vec::new();
    for n in doc.names.iter().filter(|n| !n.full) {
        match resolve_surname(&text[n.start..n.end], n.start) {
            Some(e) => person_spans.push((n.honorific_start.unwrap_or(n.start), n.end, e)),
            None => unresolved.push((n.honorific_start.unwrap_or(n.start), n.end)),
        }
    }
    // Bare surnames anywhere ("Cleverly said"), outside other mentions.
    person_spans.sort();
    let mut bare = Vec::new();
    for tokens in &doc.tokens {
        for t in tokens {
            let w = t.text(text);
            if !is_capitalised(w) {
                continue;
            }
            let inside_name = person_spans.iter().take(person_spans.partition_point(|p| p.0 < t.end)).rev().take(4).any(|p| t.start < p.1);
            if inside_name || doc.spot_overlapping(t.start, t.end).is_some() {
                continue;
            }
            if let Some(e) = person_by_word(w) {
                bare.push((t.start, t.end, e));
            }
        }
    }
    person_spans.extend(bare);
    person_spans.sort();
    person_spans.dedup();
    for &(start, end, e) in &person_spans {
        mentions.push(Mention { kind: MentionKind::Person, start, end, entity: Some(e) });
        actors.push(Actor { start, end, entity: e, pronoun: false, person: true, modifier: false, partners: [None; 2] });
    }
    // Whether a person's name overlaps a span (names are far shorter than 200 bytes, so only
    // those starting shortly before need a look: a long document has thousands).
    let overlaps_person = |start: usize, end: usize| {
        person_spans[..person_spans.partition_point(|p| p.0 < end)].iter().rev().take_while(|p| p.0 + 200 > start).any(|p| start < p.1)
    };
    for (start, end) in unresolved {
        if !overlaps_person(start, end) {
            mentions.push(Mention { kind: MentionKind::Person, start, end, entity: None });
        }
    }

    // Countries and bodies.
    for sentence_tokens in &doc.tokens {
        for s in doc.spots_in(sentence_tokens) {
            if overlaps_person(s.start, s.end) {
                continue;
            }
            if let Hit::NamedBody { party, organisation, country } = s.hit {
                let label = doc.text[s.start..s.end].trim_start_matches("the ");
                let iso = country.map(|c| lex.countries[c].iso2.as_str());
                // "the Philippine Department of Foreign Affairs": a state's department is a ministry.
                let department = label.split(' ').collect::<Vec<_>>().windows(2).any(|w| matches!(w[0], "Department" | "Ministry") && matches!(w[1], "of" | "for"));
                // "the Department of Foreign Affairs" with no state named: a department of a
                // minister's portfolio is the home state's ministry, by the name the text gives.
                let portfolio = label.split_once(" of ").or_else(|| label.split_once(" for ")).map(|(_, p)| p.trim_start_matches("the ").to_lowercase());
                let iso = match iso {
                    None if department && !organisation && portfolio.is_some_and(|p| lex.portfolio_ministry(&p).is_some()) => doc.home.as_deref(),
                    _ => iso,
                };
                // ("the Supreme Court of India", "Pakistan's National Assembly": the last head
                // word says what it is; not "Senate Rules Committee".)
                let head = label.split(' ').rev().find(|w| lex.is_one_word_body_head(w) || matches!(*w, "Senate" | "Congress" | "Duma" | "Knesset"));
                let kind = match (party, organisation) {
                    (true, _) => BodyKind::Party,
                    (false, true) => BodyKind::Other,
                    (false, false) if department && iso.is_some() => BodyKind::Ministry,
                    (false, false) if matches!(head, Some("Court" | "Tribunal")) => BodyKind::Court,
                    (false, false) if matches!(head, Some("Parliament" | "Assembly" | "Senate" | "Congress" | "Duma" | "Knesset")) => BodyKind::Legislature,
                    (false, false) => BodyKind::Agency,
                };
                let e = reg.get(EntityKind::Body, label, iso, Some(kind));
                mentions.push(Mention { kind: MentionKind::Body, start: s.start, end: s.end, entity: Some(e) });
                // "The Philippine Coast Guard called on China": a state's force named by a state
                // noun ("guard") acts for the state, as "Chinese coast guard" does.
                let for_state = country.filter(|_| label.rsplit(' ').next().is_some_and(|w| lex.is_state_noun(&w.to_lowercase())));
                let actor = for_state.map_or(e, |c| reg.country(lex, c));
                actors.push(Actor { start: s.start, end: s.end, entity: actor, pronoun: false, person: false, modifier: false, partners: [None; 2] });
                // "the Philippine Coast Guard" refers to the Philippines too (not "the Paris Club"
                // to France: a capital is only a place).
                if let Some(c) = country {
                    let named_in = doc.text[s.start..s.end].split(' ').scan(s.start, |at, w| {
                        let start = *at;
                        *at += w.len() + 1;
                        Some((start, w))
                    });
                    for (start, w) in named_in {
                        if matches!(lex.gazetteer_entry(w), Some(GazetteerHit::CountryName(i) | GazetteerHit::CountryAdjective(i)) if i == c) {
                            let country_entity = reg.country(lex, c);
                            mentions.push(Mention { kind: MentionKind::Country, start, end: start + w.len(), entity: Some(country_entity) });
                        }
                    }
                }
                continue;
            }
            // "China's foreign ministry urged Japan": a ministry speaks for its state, as event
            // coders code it, so the state acts.
            if let Hit::Ministry { body, country } = s.hit {
                let e = reg.body(lex, body, Some(&lex.countries[country].iso2));
                mentions.push(Mention { kind: MentionKind::Body, start: s.start, end: s.end, entity: Some(e) });
                // "the Chinese foreign ministry": the demonym opens the actor's phrase.
                let before = &doc.spots[..doc.spots.partition_point(|p| p.start < s.start)];
                let start = before
                    .last()
                    .filter(|p| text[p.end..s.start].trim().is_empty() && matches!(p.hit, Hit::Gazetteer(GazetteerHit::CountryAdjective(c) | GazetteerHit::CountryName(c)) if c == country))
                    .map_or(s.start, |p| p.start);
                // ("The Nigerian central bank called for": a central bank acts on its own.)
                let actor = if lex.bodies[body].kind == BodyKind::Ministry { reg.country(lex, country) } else { e };
                actors.push(Actor { start, end: s.end, entity: actor, pronoun: false, person: false, modifier: false, partners: [None; 2] });
                continue;
            }
            let Hit::Gazetteer(g) = s.hit else { continue };
            match g {
                // A capital is the country only when it acts for its government ("Paris has
                // rejected"); "headquarters in London" names a city.
                // "officials in Beijing said", "the government in Kabul has refused": the
                // state's own officials act for it, the phrase from its noun on.
                GazetteerHit::CountryCapital(i) | GazetteerHit::CountryName(i) if let Some(start) = officials_in(doc, sentence_tokens, s) => {
                    let e = reg.country(lex, i);
                    mentions.push(Mention { kind: MentionKind::Country, start: s.start, end: s.end, entity: Some(e) });
                    actors.push(Actor { start, end: s.end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
                }
                GazetteerHit::CountryCapital(i) => {
                    if let Some((end, modifier)) = country_actor_end(doc, sentence_tokens, s, g) {
                        let e = reg.country(lex, i);
                        mentions.push(Mention { kind: MentionKind::Country, start: s.start, end: s.end, entity: Some(e) });
                        actors.push(Actor { start: s.start, end, entity: e, pronoun: false, person: false, modifier, partners: [None; 2] });
                    }
                }
                GazetteerHit::CountryName(i) | GazetteerHit::CountryAdjective(i) => {
                    let e = reg.country(lex, i);
                    mentions.push(Mention { kind: MentionKind::Country, start: s.start, end: s.end, entity: Some(e) });
                    if let Some((end, modifier)) = country_actor_end(doc, sentence_tokens, s, g) {
                        actors.push(Actor { start: s.start, end, entity: e, pronoun: false, person: false, modifier, partners: [None; 2] });
                    }
                }
                GazetteerHit::BodySeat(b) => {
                    if let Some((end, modifier)) = country_actor_end(doc, sentence_tokens, s, g) {
                        let e = reg.body(lex, b, None);
                        mentions.push(Mention { kind: MentionKind::Body, start: s.start, end: s.end, entity: Some(e) });
                        actors.push(Actor { start: s.start, end, entity: e, pronoun: false, person: false, modifier, partners: [None; 2] });
                    }
                }
                GazetteerHit::Body(b) => {
                    let Some(b) = doc.body_named(s, b) else { continue };
                    let e = reg.body(lex, b, None);
                    mentions.push(Mention { kind: MentionKind::Body, start: s.start, end: s.end, entity: Some(e) });
                    actors.push(Actor { start: s.start, end: s.end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
                }
            }
        }
    }
    for (start, end, name) in unlisted_organisations(doc, &person_spans) {
        let e = reg.get(EntityKind::Body, name, None, Some(BodyKind::Other));
        mentions.push(Mention { kind: MentionKind::Body, start, end, entity: Some(e) });
        actors.push(Actor { start, end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
    }
    // "the Muslim Association of Britain (MAB) ... Last year MAB urged": an acronym given in
    // brackets right after a body's name stands for that body wherever the article uses it.
    for (acronym, e) in defined_acronyms(doc, &mentions) {
        reg.acronyms.entry(acronym.to_owned()).or_insert(e);
        for t in doc.tokens.iter().flatten().filter(|t| t.text(text) == acronym) {
            let claimed = mentions.iter().any(|m| m.start < t.end && t.start < m.end) || overlaps_person(t.start, t.end) || doc.spot_overlapping(t.start, t.end).is_some();
            if !claimed {
                mentions.push(Mention { kind: MentionKind::Body, start: t.start, end: t.end, entity: Some(e) });
                actors.push(Actor { start: t.start, end: t.end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
            }
        }
    }

    // "the Chinese foreign ministry", "the foreign ministry in Beijing": the ministry's
    // mention and its state's around it are one actor, from the first word of either.
    for m in doc.spots.iter().filter(|s| matches!(s.hit, Hit::Ministry { .. })) {
        let overlaps = |a: &Actor| reg.entities[a.entity].kind == EntityKind::Country && a.start < m.end && m.start < a.end;
        let (start, end) = actors.iter().filter(|a| overlaps(a)).fold((m.start, m.end), |(s, e), a| (s.min(a.start), e.max(a.end)));
        let mut kept = false;
        actors.retain_mut(|a| {
            if !overlaps(a) {
                return true;
            }
            (a.start, a.end) = (start, end);
            !std::mem::replace(&mut kept, true)
        });
    }

    // Posts.
    let home = doc.home.as_deref();
    let home_devolved = home.is_some_and(|h| names_devolved_body(doc, h));
    let mut holdings = Vec::new();
    // Holdings whose country was guessed (indices into `holdings`).
    let mut guessed = Vec::new();
    let mut role_refs: Vec<RoleRef> = Vec::new();
    // Titles with no holder named that say whose they are ("A State Department spokesman"):
    // where, their post, body or country, and sentence.
    let mut unnamed_posts: Vec<(usize, String, Option<usize>, Option<String>, usize)> = Vec::new();
    // People the article names with a former post ("Former foreign secretary Robin Cook").
    let mut formers: Vec<usize> = Vec::new();
    for (si, sentence_tokens) in doc.tokens.iter().enumerate() {
        for s in doc.spots_in(sentence_tokens) {
            let Hit::Title(p) = s.hit else { continue };
            mentions.push(Mention { kind: MentionKind::Post, start: s.start, end: s.end, entity: None });
            // "Home Office minister" names the Home Office too.
            if let Some(b) = lex.posts[p].body.as_deref().and_then(|b| lex.body_index(b)) {
                let label = &lex.bodies[b].label;
                if let Some(at) = doc.text[s.start..s.end].find(label.as_str()) {
                    let e = reg.body(lex, b, None);
                    mentions.push(Mention { kind: MentionKind::Body, start: s.start + at, end: s.start + at + label.len(), entity: Some(e) });
                }
            }
            // "Emmanuel Macron's interior minister": a person's post places the post they fill.
            let state_of_person = |start: usize, end: usize| {
                let (_, _, person) = *super::overlapping(&person_spans, start, end, |p| (p.0, p.1)).first()?;
                let iso2 = holdings.iter().find(|h: &&Holding| h.person == person && h.country.is_some())?.country.as_deref()?;
                lex.country_index(iso2)
            };
            let Some(post) = read_post(doc, &mut reg, sentence_tokens, s, p, (home, home_devolved), &state_of_person) else { continue };
            // "A senior adviser to the president, Jake Sullivan", "a spokesman for the prime
            // minister, X": the name beside serves the post; it does not hold it. (Not when the
            // one who serves is named before: "Jack Boorman, adviser to IMF's managing director,
            // Rodrigo Rato".)
            let serves = |holder_start: usize| {
                let before = doc.text[..post.span_start].trim_end();
                let before = before.strip_suffix(" the").unwrap_or(before);
                let Some(rest) = before.strip_suffix(" to").or_else(|| before.strip_suffix(" for")) else { return false };
                let noun = rest.rsplit(' ').next().unwrap_or("").to_lowercase();
                let in_apposition = doc.text.get(post.span_start..holder_start).is_some_and(|between| between.contains(','));
                if !in_apposition || !(lex.is_other_people_noun(&noun) || lex.speaks_for(&noun)) {
                    return false;
                }
                // The serving noun's article, within four words, with no name set off before it.
                let mut head = rest;
                for _ in 0..4 {
                    let Some((front, word)) = head.rsplit_once(char::is_whitespace) else { break };
                    if ["a", "an", "the", "one"].iter().any(|article| word.eq_ignore_ascii_case(article)) {
                        return !front.trim_end().ends_with(',');
                    }
                    head = front;
                }
                false
            };
            let holder = post.holder.filter(|&(hs, _)| !serves(hs)).and_then(|(hs, he)| {
                super::overlapping(&person_spans, hs, he, |p| (p.0, p.1)).first().map(|&(_, _, e)| e)
            });
            if holder.is_none() && !post.former && (post.body.is_some() || post.country.is_some()) {
                unnamed_posts.push((s.start, post.label.clone(), post.body, post.country.clone(), si));
            }
            match holder {
                Some(person) if !post.former => {
                    // The title names the person too: "Mr Darmanin, the interior minister, refused".
                    actors.push(Actor { start: post.span_start, end: s.end, entity: person, pronoun: false, person: true, modifier: false, partners: [None; 2] });
                    let range = &doc.sentences[si];
                    if post.guessed_country && post.country.is_some() {
                        guessed.push(holdings.len());
                    }
                    holdings.push(Holding {
                        person,
                        post: post.label,
                        body: post.body,
                        country: post.country,
                        evidence: Evidence { start: range.start, end: range.end },
                    });
                }
                None if (post.definite || post.possessed_by_state) && !post.former => {
                    let guessable = post.definite;
                    role_refs.push(RoleRef { start: post.span_start, end: s.end, label: post.label, country: post.country, body: post.body, country_read: !post.guessed_country, guessable, sentence: si });
                }
                Some(person) => formers.push(person),
                _ => {}
            }
        }
    }
    // "French President Emmanuel Macron ... restores President Mohamed Bazoum": a guessed
    // country whose post the article gives someone else is no guess to keep.
    // (Shadow posts are held once per party: the body tells them apart.)
    let taken: Vec<(usize, String, Option<String>, Option<usize>)> =
        holdings.iter().enumerate().filter(|(i, _)| !guessed.contains(i)).map(|(_, h)| (h.person, h.post.clone(), h.country.clone(), h.body)).collect();
    let mut guessed_holdings = Vec::new();
    for &i in &guessed {
        let h = &holdings[i];
        // "Sanae Takaichi became Japan's first female prime minister ... Prime Minister Sanae
        // Takaichi": the post's country the article gives the same person is the one meant.
        if let Some(stated) = taken.iter().find(|(person, post, country, _)| *person == h.person && *post == h.post && country.is_some()).map(|t| t.2.clone()) {
            holdings[i].country = stated;
            continue;
        }
        if taken.iter().any(|(person, post, country, body)| *person != h.person && *post == h.post && *country == h.country && *body == h.body) {
            // The body the guessed country's post variant gave ("Elysee Palace") goes too.
            if h.body.is_some_and(|b| reg.entities[b].country == h.country) {
                holdings[i].body = None;
            }
            holdings[i].country = None;
            continue;
        }
        guessed_holdings.push((h.person, h.post.clone()));
    }
    // "The Home Secretary" refers to whoever the article says holds that post. Failing that,
    // "the prime minister", "the mayor" is the one person named in the two sentences before it
    // among those the article gives no other post ("Ken Livingstone has brought his office into
    // disrepute. The probe follows the London mayor's comments"). With two such people it is
    // left unresolved, and a person named in its own sentence is someone else ("Mr Blair ...
    // irritate the chancellor"). A role phrase left unresolved is read again once every other
    // has been, since a later one may have found the holder.
    // "Spain's foreign minister has accused Britain of stalling ... / Jose Manuel Albares said":
    // news names the holder of a state's post it led with as the speaker opening the next
    // sentence, when that person is named there for the first time and holds no other post;
    // that outweighs a later holder of the same title the text does not place.
    let mut pending = Vec::new();
    for r in role_refs {
        let Some(holder) = named_next(doc, &r, &person_spans, &holdings, &reg) else {
            pending.push(r);
            continue;
        };
        let range = &doc.sentences[r.sentence];
        holdings.push(Holding { person: holder, post: r.label.clone(), body: r.body, country: r.country.clone(), evidence: Evidence { start: range.start, end: range.end } });
        mentions.push(Mention { kind: MentionKind::Person, start: r.start, end: r.end, entity: Some(holder) });
        actors.push(Actor { start: r.start, end: r.end, entity: holder, pronoun: false, person: true, modifier: false, partners: [None; 2] });
    }
    for may_guess in [true, false] {
        let mut unresolved = Vec::new();
        for role_ref in pending {
            let RoleRef { start, end, ref label, ref country, body, sentence, .. } = role_ref;
            // A title the article gave without a country ("President Bush") takes the one the
            // role phrase gives ("the US president"), when only one person holds it so.
            // "the finance minister ... Scottish Finance Minister Tom McCabe": the same ministry,
            // though one was placed in a country and the other not.
            let same_body = |h: &Holding| match (h.body, body) {
                (Some(a), Some(b)) => reg.entities[a].name == reg.entities[b].name,
                _ => true,
            };
            let unplaced = |h: &Holding| h.post == *label && h.country.is_none() && same_body(h);
            let holder = holdings
                .iter()
                .find(|h| h.post == *label && (country.is_none() || h.country == *country) && same_body(h))
                .map(|h| h.person)
                .or_else(|| {
                    // "Brazil's foreign minister, Mauro Vieira, said ... The minister called on":
                    // a bare "the minister" is the minister named last, in this sentence or the
                    // two before (not a prime, first or chief minister).
                    (label == "Minister").then_some(())?;
                    let window_start = doc.sentences[sentence.saturating_sub(2)].start;
                    holdings
                        .iter()
                        .filter(|h| h.evidence.start >= window_start && h.evidence.start < start && (country.is_none() || h.country.is_none() || h.country == *country))
                        .filter(|h| h.post.ends_with(" Minister") && !matches!(h.post.as_str(), "Prime Minister" | "First Minister" | "Chief Minister"))
                        .max_by_key(|h| h.evidence.start)
                        .map(|h| h.person)
                })
                .or_else(|| {
                    country.as_ref()?;
                    let person = holdings.iter().find(|h| unplaced(h))?.person;
                    if holdings.iter().any(|h| unplaced(h) && h.person != person) {
                        return None;
                    }
                    for h in holdings.iter_mut().filter(|h| h.person == person && unplaced(h)) {
                        h.country = country.clone();
                    }
                    Some(person)
                })
                .or_else(|| {
                    // "The joint founder of merchant bank Hambro Magan gave": a post the phrase
                    // places in a body of its own introduces someone new; it does not point back.
                    let placed = doc.text.get(end..).is_some_and(|after| after.starts_with(" of ") || after.starts_with(" at "));
                    // "Ian Blair spoke. The official spokesman said": one who speaks for another is
                    // someone else, not the person named before.
                    let speaks_for_another = doc.text[start..end].split_whitespace().any(|w| lex.speaks_for(&w.to_lowercase()));
                    // "The Lord Chancellor, Lord Falconer, agreed": a name in apposition, even one
                    // too short to be an entity, is the holder, not the person named before.
                    let named_beside = doc.text.get(end..).and_then(|after| after.strip_prefix(", ")).and_then(|after| after.split_whitespace().next()).is_some_and(|w| {
                        let w = w.trim_end_matches([',', '.']);
                        lex.is_honorific(w) || lex.is_first_name(w)
                    });
                    (may_guess && !placed && !speaks_for_another && !named_beside && role_ref.guessable).then_some(())?;
                    let range = doc.sentences.get(sentence)?;
                    let window_start = doc.sentences[sentence.saturating_sub(2)].start;
                    // In its own sentence only one whose spokesman speaks can be the one meant
                    // ("Tony Blair's official spokesman declined to say whether the prime
                    // minister backed the plans").
                    let spoken_for = |end: usize| {
                        let Some(between) = doc.text.get(end..start) else { return false };
                        let after = between.trim_start();
                        let Some(rest) = after_possessive(after) else { return false };
                        rest.split_whitespace().take(2).any(|w| lex.speaks_for(&w.to_lowercase()))
                    };
                    // "Bernadette Dugasse, a Chagossian living in Crawley, said ... The US president
                    // welcomed": someone the article introduces as "a" somebody holds no such post.
                    let introduced = |e: usize| person_spans.iter().any(|&(_, e_end, other)| other == e && (text[e_end..].starts_with(", a ") || text[e_end..].starts_with(", an ")));
                    let before_phrase = &person_spans[..person_spans.partition_point(|p| p.0 < start)];
                    let mut candidates = before_phrase
                        .iter()
                        .filter(|&&(s, e_end, e)| {
                            s >= window_start && (s < range.start || spoken_for(e_end)) && !holdings.iter().any(|h| h.person == e)
                        })
                        .map(|&(_, _, e)| e);
                    let e = candidates.next()?;
                    // "Mr Brown later told reporters: 'Of course I trust the prime minister.'",
                    // "Asked whether he trusted the prime minister, Mr Brown replied": one named in
                    // the phrase's own sentence is someone else; so is one the article
                    // gives a former post ("Former foreign secretary Robin Cook ... 'The attorney
                    // general may never have'").
                    let named_here = person_spans.iter().any(|&(s, e_end, other)| other == e && s >= range.start && s < range.end && !spoken_for(e_end));
                    // (A former minister may well be the MP meant: "Former welfare minister Frank
                    // Field MP ... the Labour MP for Birkenhead asked".)
                    if named_here || formers.contains(&e) && label != "Member of Parliament" {
                        return None;
                    }
                    // "Mr Howard said he feared ... He called on the prime minister": a "he" or
                    // "she" before the phrase in its own sentence that stands for the candidate
                    // (the person named last before it) means the phrase is someone else.
                    let pronoun = doc.tokens[sentence]
                        .iter()
                        .take_while(|t| t.end <= start)
                        .find(|t| matches!(t.text(text), "he" | "He" | "she" | "She"));
                    let pronoun_is_candidate = pronoun.is_some_and(|t| {
                        person_spans[..person_spans.partition_point(|p| p.0 < t.start)].last().is_some_and(|&(_, _, last)| last == e)
                    });
                    // "Tony Blair has rejected calls ... Charles Kennedy said ... Michael Howard
                    // demanded that ministers publish the attorney general's advice": someone else
                    // named in a sentence since, before the phrase's, is who the story moved on to
                    // (not one named beside the candidate: "Oliver Letwin attacked Mr Brown ...
                    // The shadow chancellor said").
                    let last_named = before_phrase.iter().rev().find(|&&(_, _, other)| other == e).map_or(0, |&(s, _, _)| s);
                    let sentence_after_last = doc.sentences.partition_point(|r| r.end <= last_named) + 1;
                    let moved_on = doc.sentences.get(sentence_after_last).is_some_and(|next| before_phrase.iter().any(|&(s, _, other)| other != e && s >= next.start && s < range.start));
                    if pronoun_is_candidate || introduced(e) || moved_on || candidates.any(|other| other != e) {
                        return None;
                    }
                    holdings.push(Holding {
                        person: e,
                        post: label.clone(),
                        body: None,
                        country: country.clone(),
                        evidence: Evidence { start: range.start, end: range.end },
                    });
                    Some(e)
                });
            match holder {
                Some(e) => {
                    // ... and so do the holder's other mentions of the post with no country.
                    if country.is_some() {
                        for h in holdings.iter_mut().filter(|h| h.person == e && h.post == *label && h.country.is_none() && (h.body.is_none() || body.is_none() || h.body == body)) {
                            h.country = country.clone();
                        }
                    }
                    mentions.push(Mention { kind: MentionKind::Person, start, end, entity: Some(e) });
                    actors.push(Actor { start, end, entity: e, pronoun: false, person: true, modifier: false, partners: [None; 2] });
                }
                None => unresolved.push(role_ref),
            }
        }
        pending = unresolved;
    }
    // "The Greek prime minister demanded", "the Home Secretary demanded": a post holder the
    // article never names acts for the state the phrase or the post itself names, or the
    // article's own.
    for r in &pending {
        let named_state = doc.spots[doc.spots.partition_point(|sp| sp.start < r.start)..].iter().take_while(|sp| sp.end <= r.end).find_map(|sp| match sp.hit {
            Hit::Gazetteer(GazetteerHit::CountryName(i) | GazetteerHit::CountryAdjective(i)) => Some(i),
            _ => None,
        });
        let definite = doc.text[r.start..r.end].to_lowercase().starts_with("the ");
        // ("Andrew Mitchell called on the chancellor to": the home country's, when guessed.)
        let named_state = named_state.or_else(|| r.country.as_deref().filter(|_| definite).and_then(|c| lex.country_index(c)));
        if let Some(i) = named_state {
            let e = reg.country(lex, i);
            actors.push(Actor { start: r.start, end: r.end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
        } else if definite && r.body.is_none() && r.country.is_none() && lex.speaks_for(&r.label.to_lowercase()) {
            // "A State Department spokesman said ... The spokesman added": one who speaks for
            // another, unnamed and unplaced, is the one of the sentence or two before, and
            // speaks for the same body or state.
            let earlier = unnamed_posts.iter().rev().find(|(start, label, _, _, si)| *start < r.start && *label == r.label && si + 2 >= r.sentence);
            let speaks_for = earlier.and_then(|(_, _, body, country, _)| body.or_else(|| country.as_deref().and_then(|c| lex.country_index(c)).map(|i| reg.country(lex, i))));
            if let Some(e) = speaks_for {
                actors.push(Actor { start: r.start, end: r.end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
            }
        }
    }
    // "Shadow foreign secretary Priti Patel demanded that the government publish": the
    // opposition's government is its own state's, whatever state the story is filed from.
    let opposition_states: Vec<(usize, usize, &str)> = holdings
        .iter()
        .filter(|h| h.post.starts_with("Shadow ") || h.post == "Leader of the Opposition")
        .filter_map(|h| Some((h.evidence.start, h.evidence.end, h.country.as_deref()?)))
        .collect();
    let home_iso = home.and_then(|h| lex.country_index(h));
    for (start, end) in home_government_spans(doc) {
        let opposition_state = opposition_states.iter().find(|(s, e, _)| *s <= start && end <= *e).and_then(|(_, _, c)| lex.country_index(c));
        if let Some(iso) = opposition_state.or(home_iso) {
            let e = reg.country(lex, iso);
            actors.push(Actor { start, end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
        }
    }
    // "Britain's new Labour government has asked Kigali": a party's government acts for its
    // state; so does that of a movement that rules one ("the Taliban administration").
    for m in mentions.iter().filter(|m| m.kind == MentionKind::Body) {
        let Some(party) = m.entity.map(|e| &reg.entities[e]).filter(|p| matches!(p.body_kind, Some(BodyKind::Party | BodyKind::Other))) else { continue };
        let Some(state) = party.country.as_deref().and_then(|c| lex.country_index(c)) else { continue };
        let Some(noun) = text[m.end..].strip_prefix(' ').and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next()) else { continue };
        if lex.is_leaders_state_noun(&noun.to_lowercase()) {
            let entity = reg.country(lex, state);
            actors.push(Actor { start: m.start, end: m.end + 1 + noun.len(), entity, pronoun: false, person: false, modifier: false, partners: [None; 2] });
        }
    }
    // "European leaders", "EU officials" act for the European Union.
    for tokens in &doc.tokens {
        for w in tokens.windows(2) {
            // The adjectives are capitalised ("European", "EU"): most words need no lookup.
            let word = w[0].text(text);
            if !word.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let Some(b) = lex.body_of_adjective(word) else { continue };
            if lex.is_state_noun(&w[1].text(text).to_lowercase()) && !actors.iter().any(|a| a.start <= w[0].start && w[0].start < a.end) {
                let e = reg.body(lex, b, None);
                actors.push(Actor { start: w[0].start, end: w[1].end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
            }
        }
    }
    let (described, short_names) = described_body_actors(doc, &reg, &mentions);
    actors.extend(described);
    for (start, end, b) in short_names {
        let e = reg.body(lex, b, None);
        mentions.push(Mention { kind: MentionKind::Body, start, end, entity: Some(e) });
        actors.push(Actor { start, end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
    }
    holdings.extend(verb_title_holdings(doc, &reg, &mentions, &person_spans));
    // A counterpart whose own post the sentence gives holds that post in the counterpart's
    // state ("His French counterpart, Agnes Pannier-Runacher, who is minister for ecological
    // transition").
    for c in counterpart_holdings(doc, &holdings, &person_spans) {
        let mut own = holdings.iter_mut().filter(|h| h.person == c.person && h.evidence.start == c.evidence.start).peekable();
        if own.peek().is_none() {
            holdings.push(c);
        } else {
            own.for_each(|h| h.country.clone_from(&c.country));
        }
    }
    // "The Bank of England governor, Andrew Bailey, ... Governor Andrew Bailey said": a post
    // given with nothing placing it is the one the article placed for the same person.
    let placed: Vec<(usize, String, Option<usize>, Option<String>)> =
        holdings.iter().filter(|h| h.country.is_some()).map(|h| (h.person, h.post.clone(), h.body, h.country.clone())).collect();
    for h in holdings.iter_mut().filter(|h| h.country.is_none() && h.body.is_none()) {
        let mut same = placed.iter().filter(|(person, post, _, _)| *person == h.person && *post == h.post);
        if let Some(first) = same.next() {
            // (Only when the article placed it one way.)
            if same.all(|other| other == first) {
                (h.body, h.country) = (first.2, first.3.clone());
            }
        }
    }
    let mut seen = rustc_hash::FxHashSet::default();
    holdings.retain(|h| seen.insert((h.person, h.post.clone(), h.body, h.country.clone())));

    // "He"/"She" stand for the person last named, within the last two sentences, who is not
    // of the other sex by a courtesy title used for them ("Mrs Dixon" is no "he").
    let (mut men, mut women) = (rustc_hash::FxHashSet::default(), rustc_hash::FxHashSet::default());
    for &(start, end, e) in &person_spans {
        let title = text[start..end].split_whitespace().next().unwrap_or("");
        if lex.is_male_honorific(title) {
            men.insert(e);
        } else if lex.is_female_honorific(title) {
            women.insert(e);
        }
    }
    // "Karoline Leavitt ... she told reporters": a given name of one sex only says it too.
    for &(_, _, e) in &person_spans {
        if men.contains(&e) || women.contains(&e) {
            continue;
        }
        match reg.entities[e].name.split_whitespace().next().and_then(|first| lex.first_name_is_female(first)) {
            Some(true) => women.insert(e),
            Some(false) => men.insert(e),
            None => false,
        };
    }
    actors.sort_by_key(|a| a.start);
    let mut pronouns = Vec::new();
    // Who a sentence-opening "He"/"She" stood for, by sentence: the next one continues it.
    let mut opening_subject: Vec<Option<usize>> = vec![None; doc.tokens.len()];
    for (si, tokens) in doc.tokens.iter().enumerate() {
        for (ti, t) in tokens.iter().enumerate() {
            let w = t.text(text);
            if !matches!(w, "he" | "He" | "she" | "She" | "him" | "her" | "his" | "His" | "Her") {
                continue;
            }
            let next = tokens.get(ti + 1).map_or("", |n| n.text(text));
            // "rejected US demands that her government deploy troops": a person's government
            // is the state whose post the person holds.
            let possessive_state = matches!(w, "his" | "His" | "her" | "Her") && lex.is_state_noun(next);
            // "His office called on Beijing", "Her spokeswoman urged": whoever speaks for the
            // person acts as the person.
            let possessive_speaker = matches!(w, "his" | "His" | "her" | "Her") && lex.speaks_for(&next.to_lowercase());
            // "Wang rejected her request for access": whose proposal is refused is someone
            // other than who refuses it.
            let refused_proposal = matches!(w, "his" | "her")
                && lex.is_proposal_noun(&next.to_lowercase())
                && ti > 0
                && lex.cue(&tokens[ti - 1].text(text).to_lowercase()).contains(&Cue::Reject);
            // "urged her party to": before a noun "her" is a possessive, not the person.
            if !possessive_state && !possessive_speaker && !refused_proposal && (matches!(w, "his" | "His" | "Her") || (w == "her" && plain_word(lex, next))) {
                continue;
            }
            // "... the Tory leader said after welcoming the chancellor back. He went on to
            // accuse Mr Brown. He urged the chancellor to admit": a sentence opened by "He"
            // continues the subject of the sentence before (its opening pronoun's person, or
            // its first person named who is no possessor), not the person named last.
            // Inside a quotation "He" is whoever the speaker talks about, so not there.
            let agrees = |e: &usize| match w {
                "he" | "He" | "him" | "his" | "His" => !women.contains(e),
                _ => !men.contains(e),
            };
            let opens = matches!(w, "He" | "She" | "he" | "she") && tokens[..ti].iter().all(|p| matches!(p.text(text), "But" | "And"));
            if opens && si > 0 {
                let previous = doc.sentences[si - 1].clone();
                let in_previous = &actors[actors.partition_point(|a| a.start < previous.start)..actors.partition_point(|a| a.start < previous.end)];
                // A possessor, in any of its spans ("Chancellor" and "Gordon Brown's" alike).
                let possessor = |a: &Actor| {
                    in_previous.iter().any(|b| {
                        b.entity == a.entity && b.start <= a.end + 1 && b.end >= a.end && after_possessive(&text[b.end..]).is_some()
                    })
                };
                let subject = opening_subject[si - 1].filter(agrees).or_else(|| {
                    in_previous.iter().find(|a| reg.entities[a.entity].kind == EntityKind::Person && !possessor(a) && agrees(&a.entity)).map(|a| a.entity)
                });
                if let Some(entity) = subject {
                    opening_subject[si] = Some(entity);
                    pronouns.push(Actor { start: t.start, end: t.end, entity, pronoun: true, person: true, modifier: false, partners: [None; 2] });
                    // "He demanded that she rule out": whom "he" stood for is no "she" after.
                    if matches!(w, "He" | "he") { men.insert(entity) } else { women.insert(entity) };
                    continue;
                }
            }
            let window_start = doc.sentences[si.saturating_sub(2)].start;
            let sentence_start = doc.sentences[si].start;
            let window = &actors[actors.partition_point(|a| a.start < window_start)..actors.partition_point(|a| a.start < t.start)];
            let people_before = || window.iter().filter(|a| a.end <= t.start && reg.entities[a.entity].kind == EntityKind::Person && agrees(&a.entity));
            // "him"/"her" is not the subject of its own clause: skip people already named in
            // this sentence ("Braverman urged him" is someone else), unless one was written
            // or spoken to ("Merkel has written to Tsipras asking him to accept").
            let object = (matches!(w, "him" | "her") && !possessive_state) || refused_proposal;
            let possessed = |a: &&Actor| after_possessive(&text[a.end..]).is_some();
            let last_person = if object {
                // (A person's span starts at the courtesy title: "to Mr McConnell".)
                let addressed = |a: &Actor| {
                    let before = text[..a.start].trim_end();
                    before.ends_with(" to") || before.ends_with(" with")
                };
                // (Nor whom a pronoun before it in this sentence stands for: "He rejected his call".)
                let resolved_here = pronouns[pronouns.partition_point(|p: &Actor| p.start < sentence_start)..].iter().filter(|p| p.person).map(|p| p.entity);
                let in_sentence: Vec<usize> = people_before().filter(|a| a.start >= sentence_start && !addressed(a)).map(|a| a.entity).chain(resolved_here).collect();
                people_before().rfind(|a| !in_sentence.contains(&a.entity))
            } else {
                // "he"/"she" continues the subject: the first person of this sentence named
                // before it ("Mandela backed Mr Brown's plan when he urged"), else the last named.
                people_before().find(|a| a.start >= sentence_start && !possessed(a)).or_else(|| people_before().next_back())
            };
            // '... a message there for politicians." He urged': right after a quotation, the
            // person named last before it opened (in its sentence or the one before) spoke it.
            let speaker_before_quote = || {
                let q = doc.quotes.iter().rfind(|q| q.end <= t.start && text[q.end..t.start].chars().all(|c| c.is_whitespace() || matches!(c, '"' | '”' | '\'' | '’' | '.' | ',')))?;
                let from = doc.sentences[doc.sentences.partition_point(|r| r.end <= q.start).saturating_sub(1)].start;
                let before = &actors[actors.partition_point(|a| a.start < from)..actors.partition_point(|a| a.start < q.start)];
                before.iter().rev().find(|a| reg.entities[a.entity].kind == EntityKind::Person && agrees(&a.entity)).map(|a| a.entity)
            };
            // Further back (a long quotation in between), only when one person alone was named.
            // "Ms Reeves said ... She added ... Mel Stride accused her ... He demanded that she":
            // whom the pronouns of this sentence and the one before stood for, when no one there
            // is named, they all stood for the one person, and that person is known to be of the
            // pronoun's sex.
            let known_sex = |e: &usize| match w {
                "he" | "He" | "him" | "his" | "His" => men.contains(e),
                _ => women.contains(e),
            };
            let resolved_before = || {
                let from = doc.sentences[si.saturating_sub(1)].start;
                let mut near = pronouns[pronouns.partition_point(|p: &Actor| p.start < from)..].iter().filter(|p| p.person && p.start < t.start && known_sex(&p.entity)).map(|p| p.entity);
                let first = near.next()?;
                near.all(|e| e == first).then_some(first)
            };
            let last_person = last_person.map(|a| a.entity).or_else(speaker_before_quote).or_else(resolved_before).or_else(|| {
                let wide_start = doc.sentences[si.saturating_sub(6)].start;
                let wide = &actors[actors.partition_point(|a| a.start < wide_start)..actors.partition_point(|a| a.start < t.start)];
                let mut people = wide.iter().filter(|a| reg.entities[a.entity].kind == EntityKind::Person && agrees(&a.entity)).map(|a| a.entity);
                let first = people.next()?;
                people.all(|e| e == first).then_some(first)
            });
            if possessive_state {
                let state = last_person.and_then(|person| holdings.iter().find(|h| h.person == person)?.country.as_deref()).and_then(|iso2| lex.country_index(iso2));
                if let (Some(idx), Some(noun)) = (state, tokens.get(ti + 1)) {
                    let entity = reg.country(lex, idx);
                    pronouns.push(Actor { start: t.start, end: noun.end, entity, pronoun: false, person: false, modifier: false, partners: [None; 2] });
                }
            } else if let Some(entity) = last_person {
                let end = if possessive_speaker { tokens.get(ti + 1).map_or(t.end, |n| n.end) } else { t.end };
                pronouns.push(Actor { start: t.start, end, entity, pronoun: true, person: true, modifier: false, partners: [None; 2] });
            }
        }
    }
    actors.extend(pronouns);
    // "Ms Meloni's government has paid Albania": a leader's government is the state of their post.
    // ("The Trump administration demanded": so is "the" and their name before it.)
    let leaders_states: Vec<Actor> = actors
        .iter()
        .filter(|a| a.person)
        .filter_map(|a| {
            let article_before = text[..a.start].trim_end_matches(' ').rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
            let rest = after_possessive(&text[a.end..]).or_else(|| article_before.then(|| &text[a.end..]).filter(|r| r.starts_with(' ')))?;
            let noun_start = text.len() - rest.trim_start().len();
            let noun = text[noun_start..].split(|c: char| !c.is_alphabetic()).next()?;
            lex.is_leaders_state_noun(noun).then_some(())?;
            let iso2 = holdings.iter().filter(|h| h.person == a.entity).find_map(|h| h.country.as_deref())?;
            let entity = reg.country(lex, lex.country_index(iso2)?);
            Some(Actor { start: a.start, end: noun_start + noun.len(), entity, pronoun: false, person: false, modifier: false, partners: [None; 2] })
        })
        .collect();
    // ("the Trump administration": the name is part of the state's phrase, no actor of its own.)
    actors.retain(|a| !(a.person && !possessive_at(text, a.end) && leaders_states.iter().any(|l| l.start == a.start && l.end > a.end)));
    // "pressure from the Trump administration" with no Trump named in full: a government known
    // by a leader's name as an "administration" is American usage, the United States' when
    // the article names it.
    let (usage_noun, usage_state) = lex.leaders_government_usage();
    let usage_state = lex.country_index(usage_state).filter(|_| doc.countries_named.iter().any(|c| c == usage_state));
    let unnamed_leaders: Vec<Actor> = leaders_named_by_government(doc)
        .filter(|&(start, end, _)| text[..end].ends_with(usage_noun) && !actors.iter().chain(&leaders_states).any(|a| a.start < end && start < a.end))
        .filter_map(|(start, end, _)| Some(Actor { start, end, entity: reg.country(lex, usage_state?), pronoun: false, person: false, modifier: false, partners: [None; 2] }))
        .collect();
    actors.extend(leaders_states);
    actors.extend(unnamed_leaders);
    // The states the headline names, adjectives too ("Philippine ship"), in order.
    let mut headline_states: Vec<usize> = Vec::new();
    for sp in doc.spots.iter().take_while(|sp| sp.end <= doc.headline_end) {
        if let Hit::Gazetteer(GazetteerHit::CountryName(i) | GazetteerHit::CountryAdjective(i)) = sp.hit {
            let e = reg.country(lex, i);
            if !headline_states.contains(&e) {
                headline_states.push(e);
            }
        }
    }
    let pairs = pair_actors(doc, &actors, &|e| reg.entities[e].kind == EntityKind::Country, &headline_states);
    actors.extend(pairs);
    // "Mr Thorpe's colleagues refused", "Labour supporters": other people act, not the one named.
    // ("Chancellor Gordon Brown's closest ally": so does the title right before the name.)
    let others: Vec<(usize, usize)> = actors.iter().filter(|a| names_other_people(lex, &text[a.end..])).map(|a| (a.start, a.entity)).collect();
    actors.retain(|a| !others.iter().any(|&(start, entity)| (a.start == start || (a.end <= start && text[a.end..start].trim().is_empty())) && a.entity == entity));
    // "Some 32 Labour MPs voted against": some of a party's members, counted, are not the party.
    actors.retain(|a| {
        if reg.entities[a.entity].body_kind != Some(BodyKind::Party) {
            return true;
        }
        let members = text[a.end..].trim_start().split(|c: char| !c.is_alphabetic()).next().is_some_and(|w| lex.is_party_members(&w.to_lowercase()));
        let counted = || {
            let before = text[..a.start].trim_end();
            let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
            word.chars().all(|c| c.is_ascii_digit() || c == ',') && !word.is_empty() || lex.is_part_of_people(&word.to_lowercase()) || word == "of"
        };
        !(members && counted())
    });
    // Of mentions that start together, the longest is the actor: "Tory leader Michael Howard"
    // is the person, not his party.
    actors.sort_by_key(|a| (a.start, std::cmp::Reverse(a.end)));
    actors.dedup_by(|a, b| a.start == b.start);
    mentions.sort_by_key(|m| (m.start, m.end));

    Resolved { entities: reg.entities, mentions, actors, holdings, guessed: guessed_holdings }
}

/// The person who holds the state's post that role phrase `r` names, when the next sentence
/// opens with their name and a verb of saying, they are named there for the first time, and
/// they hold no post ("Iran's foreign minister said ... / Abbas Araghchi told reporters").
fn named_next(doc: &Doc, r: &RoleRef, person_spans: &[(usize, usize, usize)], holdings: &[Holding], reg: &Registry) -> Option<usize> {
    (r.country_read && r.country.is_some()).then_some(())?;
    let next = doc.tokens.get(r.sentence + 1)?;
    let first = next.first()?;
    let &(_, name_end, person) = person_spans.iter().find(|p| p.0 == first.start)?;
    (reg.entities[person].kind == EntityKind::Person).then_some(())?;
    let named_before = person_spans.iter().any(|p| p.2 == person && p.0 < first.start);
    // ('"Germany must return it," the minister said': a bare post the role's title refines is
    // no other post.)
    let other_post = |h: &Holding| h.person == person && !r.label.strip_suffix(h.post.as_str()).is_some_and(|rest| rest.ends_with(' '));
    if named_before || holdings.iter().any(other_post) {
        return None;
    }
    let after = next.iter().find(|t| t.start >= name_end)?;
    doc.lex.cue(&after.text(doc.text).to_lowercase()).contains(&Cue::Speech).then_some(person)
}

/// Whether the article names a devolved government or parliament of state `iso2`.
fn names_devolved_body(doc: &Doc, iso2: &str) -> bool {
    doc.spots.iter().any(|s| match s.hit {
        Hit::Gazetteer(GazetteerHit::Body(b)) => doc.lex.is_devolved_body(b) && doc.lex.bodies[b].country.as_deref() == Some(iso2),
        _ => false,
    })
}

/// "Ian Gibson, who chairs the science and technology committee", "Rafael Grossi, who heads
/// the International Atomic Energy Agency": a post told by its verb, in the body named after
/// it (and that body's state), or, for a committee or commission the lexicon does not know, in
/// the article's home state.
fn verb_title_holdings(doc: &Doc, reg: &Registry, mentions: &[Mention], person_spans: &[(usize, usize, usize)]) -> Vec<Holding> {
    let (text, lex) = (doc.text, doc.lex);
    let mut out = Vec::new();
    for &(_, end, person) in person_spans {
        let Some(rest) = text[end..].strip_prefix(", who ") else { continue };
        let Some((verb, rest)) = rest.split_once(' ') else { continue };
        let post = match verb {
            "chairs" => "Chair",
            "heads" => "Head",
            "leads" => "Leader",
            _ => continue,
        };
        let phrase_start = end + ", who ".len() + verb.len() + 1;
        let phrase_len = rest.find([',', '.', ';', '(']).unwrap_or(rest.len());
        let phrase = &text[phrase_start..phrase_start + phrase_len];
        if !phrase.starts_with("the ") {
            continue;
        }
        let phrase_end = phrase_start + phrase.trim_end().len();
        let named = mentions
            .iter()
            .find(|m| m.kind == MentionKind::Body && m.start >= phrase_start && m.end <= phrase_end)
            .filter(|m| m.entity.is_some_and(|b| reg.entities[b].body_kind != Some(BodyKind::Other)));
        // ("the Commons work and pensions committee": a body named inside the phrase places
        // the post but is not the one it heads.)
        let body = named.filter(|m| m.end == phrase_end).and_then(|m| m.entity);
        let international = |b: usize| matches!(reg.entities[b].body_kind, Some(BodyKind::International | BodyKind::Union | BodyKind::Court));
        let country = match named.and_then(|m| m.entity) {
            Some(b) if reg.entities[b].country.is_some() || international(b) => reg.entities[b].country.clone(),
            // ("the Transport Select Committee": a public body the lexicon does not know is
            // the article's state's.)
            Some(_) => doc.home.clone(),
            None => {
                let head = capitalise(phrase.split_whitespace().last().unwrap_or(""));
                let public = lex.is_one_word_body_head(&head) && !lex.is_one_word_organisation_head(&head);
                if !public {
                    continue;
                }
                doc.home.clone()
            }
        };
        let si = doc.sentences.partition_point(|r| r.end <= end);
        let Some(range) = doc.sentences.get(si) else { continue };
        out.push(Holding { person, post: post.to_owned(), body, country, evidence: Evidence { start: range.start, end: range.end } });
    }
    out
}

/// "French Foreign Minister Stephane Sejourne and his German counterpart Annalena Baerbock",
/// "Mr Blair held talks with his Israeli counterpart, Ariel Sharon": a counterpart named right
/// after the word holds the post of the person its sentence names last before it, in the state
/// its adjective names (a British secretary's counterpart is a minister).
fn counterpart_holdings(doc: &Doc, holdings: &[Holding], person_spans: &[(usize, usize, usize)]) -> Vec<Holding> {
    let (text, lex) = (doc.text, doc.lex);
    let mut out = Vec::new();
    if !text.contains("counterpart") {
        return out;
    }
    for (si, tokens) in doc.tokens.iter().enumerate() {
        let range = &doc.sentences[si];
        for k in (1..tokens.len()).filter(|&k| tokens[k].text(text) == "counterpart") {
            let adjective = &tokens[k - 1];
            let country = match doc.spot_overlapping(adjective.start, adjective.end).map(|sp| sp.hit) {
                Some(Hit::Gazetteer(GazetteerHit::CountryAdjective(i) | GazetteerHit::CountryName(i))) => lex.countries[i].iso2.clone(),
                _ => continue,
            };
            let name_at = if tokens.get(k + 1).is_some_and(|n| n.text(text) == ",") { k + 2 } else { k + 1 };
            let Some(name) = tokens.get(name_at) else { continue };
            let Some(&(_, _, person)) = person_spans.iter().find(|p| p.0 == name.start) else { continue };
            // ("Steve Reed, the environment secretary, said ... His French counterpart, Agnes
            // Pannier-Runacher, warned": "his" opening the sentence is whom the one before opened with.)
            let possessive_opens = k == 2 && matches!(tokens[0].text(text), "His" | "Her");
            let opener_before = || {
                let previous = doc.sentences.get(si.checked_sub(1)?)?;
                person_spans.iter().find(|p| p.0 >= previous.start && p.1 <= previous.end && p.2 != person && holdings.iter().any(|h| h.person == p.2)).map(|p| p.2)
            };
            let before = person_spans.iter().rev().find(|p| p.0 >= range.start && p.1 <= adjective.start && p.2 != person).map(|p| p.2).or_else(|| opener_before().filter(|_| possessive_opens));
            let post = before.and_then(|b| {
                let theirs = || holdings.iter().filter(|h| h.person == b);
                theirs().find(|h| h.evidence.start == range.start).or_else(|| theirs().next())
            });
            let Some(post) = post.filter(|h| h.country.as_deref() != Some(country.as_str())) else { continue };
            let minister = post.post.strip_suffix(" Secretary").map(|portfolio| format!("{portfolio} Minister")).filter(|m| lex.posts.iter().any(|p| p.label == *m));
            let label = minister.unwrap_or_else(|| post.post.clone());
            // "her French counterpart": France's Home Minister is its Interior Minister.
            let label = lex.post_variant(&label, &country).map_or(label.clone(), |(l, _)| l.to_owned());
            out.push(Holding { person, post: label, body: None, country: Some(country), evidence: Evidence { start: range.start, end: range.end } });
        }
    }
    out
}

/// Where "the government" ("the previous government") stands for the article's home country,
/// and so do "ministers" that no country, body or portfolio qualifies ("the Tories say
/// ministers must respond").
fn home_government_spans(doc: &Doc) -> Vec<(usize, usize)> {
    let (text, lex) = (doc.text, doc.lex);
    let mut out = Vec::new();
    for tokens in &doc.tokens {
        for (k, t) in tokens.iter().enumerate() {
            let word = t.text(text);
            let ministers_word = matches!(word, "ministers" | "Ministers");
            if !word.eq_ignore_ascii_case("government") && !ministers_word {
                continue;
            }
            let prev = |back: usize| k.checked_sub(back).map(|p| tokens[p].text(text));
            // "The previous government paid Rwanda £290m", "called on the federal government": a
            // word of time or of which level governs may stand between.
            let qualified = prev(1).is_some_and(|p| matches!(p, "previous" | "former" | "last" | "new" | "current" | "present" | "federal" | "central" | "national" | "coalition" | "interim" | "transitional"));
            let article = prev(if qualified { 2 } else { 1 });
            let the_government = word.eq_ignore_ascii_case("government") && article.is_some_and(|p| p.eq_ignore_ascii_case("the"));
            let unqualified = |w: Option<&str>| {
                w.is_none_or(|w| (w == "The" || !is_capitalised(w)) && !lex.is_portfolio_word(&w.to_lowercase()) && !w.ends_with("'s"))
            };
            let ministers = ministers_word && unqualified(prev(1));
            if the_government || ministers {
                out.push((t.start, t.end));
            }
        }
    }
    out
}

/// Each "the <Name> administration" (or government, cabinet, regime) whose name is one
/// capitalised word: where the phrase starts after "the" and ends, and the name.
fn leaders_named_by_government<'d, 't>(doc: &'d Doc<'t>) -> impl Iterator<Item = (usize, usize, &'t str)> + 'd {
    let text = doc.text;
    doc.tokens.iter().flat_map(|ts| ts.windows(3)).filter_map(move |w| {
        let name = w[1].text(text);
        let government = w[2].text(text);
        (w[0].text(text).eq_ignore_ascii_case("the") && is_capitalised(name) && name.chars().all(char::is_alphabetic) && doc.lex.is_leaders_state_noun(government)).then_some((w[1].start, w[2].end, name))
    })
}

/// Organisations that no list or head word names, by a name of one to three capitalised words
/// ("Alitalia", "Gazprom", "Deutsche Boerse"): a name that no other reading claims and that
/// acts somewhere in the article's body, as the subject of a verb of saying, demanding,
/// refusing or giving ("Gazprom said", "Alitalia has rejected"), as whom a sum goes to or comes
/// from ("a €400m loan to Alitalia", "lent Rover £6.5m") or as whose a proposal is ("an offer from German rival
/// Deutsche Boerse"), is an organisation wherever it stands. A word that ever names a person
/// ("Mr Smith"), or a single word the article also writes in lower case, is none. Each
/// occurrence's span and the name.
fn unlisted_organisations<'t>(doc: &Doc<'t>, people: &[(usize, usize, usize)]) -> Vec<(usize, usize, &'t str)> {
    let (text, lex) = (doc.text, doc.lex);
    let claimed = |s: usize, e: usize| {
        doc.spot_overlapping(s, e).is_some()
            || !super::overlapping(&doc.names, s, e, |n| (n.honorific_start.unwrap_or(n.start), n.end)).is_empty()
            || !super::overlapping(people, s, e, |p| (p.0, p.1)).is_empty()
    };
    let person_words: std::cell::OnceCell<rustc_hash::FxHashSet<&str>> = std::cell::OnceCell::new();
    let candidate = |t: &Token| {
        let w = t.text(text);
        // ("BP said": two capitals are a name too.)
        (w.len() >= 3 || w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase()))
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && !claimed(t.start, t.end)
            && !super::mentions::is_acronym_plural(w)
            && !person_words.get_or_init(|| doc.names.iter().flat_map(|n| text[n.start..n.end].split_whitespace()).collect()).contains(&w)
            && !lex.is_not_name(w)
            && !lex.is_calendar_word(w)
            && !lex.is_first_name(w)
            && !lex.is_org_word(w)
            && !lex.is_honorific(w)
            && !lex.is_role_word(w)
            && !lex.is_region(&w.to_lowercase())
            && !lex.is_place(w)
    };
    // Most words are in lower case already: borrowed, not copied.
    let lower = |tokens: &[Token], k: usize| -> std::borrow::Cow<'t, str> {
        match tokens.get(k).map(|t| t.text(text)) {
            Some(w) if w.chars().any(char::is_uppercase) => w.to_lowercase().into(),
            Some(w) => w.into(),
            None => "".into(),
        }
    };
    // Each name with where it was first seen acting.
    let mut acting: Vec<(&'t str, usize)> = Vec::new();
    let mut lowercase_words: Option<rustc_hash::FxHashSet<&str>> = None;
    for tokens in &doc.tokens {
        if tokens.first().is_none_or(|t| t.start < doc.headline_end) {
            continue;
        }
        let mut k = 0;
        while k < tokens.len() {
            // "Gazprom rejected the demand", "MOSCOW (Reuters) - Gazprom said": a name opening a
            // sentence is capitalised anyway; it counts only as the subject of a verb below.
            let opening = k == 0 || matches!(tokens[k - 1].text(text), "-" | "—" | "–");
            if (!opening && is_capitalised(tokens[k - 1].text(text))) || !candidate(&tokens[k]) {
                k += 1;
                continue;
            }
            let prev = if k == 0 { "".into() } else { lower(tokens, k - 1) };
            // "England and Wales": one of several places or parties joined together.
            let joined = matches!(prev.as_ref(), "and" | "or" | "&");
            if (!opening && !prev.chars().any(char::is_alphanumeric)) || joined {
                k += 1;
                continue;
            }
            let mut last = k;
            while last + 1 < tokens.len() && last - k < 2 && candidate(&tokens[last + 1]) {
                last += 1;
            }
            let run = &text[tokens[k].start..tokens[last].end];
            let next = last + 1;
            // A longer name, or a word the article also writes in lower case ("the Cabinet").
            let longer = tokens.get(next).is_some_and(|n| is_capitalised(n.text(text)));
            let lowercase = run.to_lowercase();
            // One word that reads as an adjective ("Communist", "Congressional") names nothing.
            let adjective = ["ist", "ic", "ian", "ese", "ish", "ional", "ical"].iter().any(|end| lowercase.ends_with(end));
            if acting.iter().any(|&(a, _)| a == run) || longer || (k == last && adjective) {
                k = next;
                continue;
            }
            let mut j = next;
            while {
                let n = lower(tokens, j);
                (lex.is_verb_lead(&n) && !matches!(n.as_ref(), "and" | "or" | "but" | "who" | "which" | "that" | "to" | "it" | "he" | "she" | "they" | "we" | "i" | "you" | "both" | "all"))
                    || (n.len() > 4 && n.ends_with("ly"))
            } {
                j += 1;
            }
            let verb = lower(tokens, j);
            // "Asian states could": a word in -s may be a plural noun, unless an object follows it.
            let subject = || {
                let verb_form = !verb.ends_with('s') || verb == "says" || matches!(lower(tokens, j + 1).as_ref(), "the" | "a" | "an" | "that" | "it" | "its" | "their" | "to" | ",");
                !matches!(prev.as_ref(), "of" | "to" | "with" | "from" | "by" | "on" | "against" | "for" | "in" | "at" | "into")
                    && verb_form
                    && lex.cue(&verb).iter().any(|c| matches!(c, Cue::Speech | Cue::Demand | Cue::Reject | Cue::Fund))
                    // (Two capitals only as the subject of a verb of saying: "BP said", not "the
                    // resolution that HD demands".)
                    && (run.len() > 2 || lex.cue(&verb).contains(&Cue::Speech))
            };
            let funded = || {
                let window = tokens[k.saturating_sub(8)].start;
                matches!(prev.as_ref(), "to" | "from") && super::overlapping(&doc.money, window, tokens[k].start, |m| (m.start, m.end)).iter().any(|m| m.start >= window && m.end <= tokens[k].start)
            };
            // "The Treasury lent Rover £6.5m": whom a verb of giving gives a sum.
            let given = || {
                let sum_at = if matches!(lower(tokens, next).as_ref(), "a" | "an" | "another") { next + 1 } else { next };
                lex.cue(&prev).contains(&Cue::Fund) && tokens.get(sum_at).is_some_and(|t| super::overlapping(&doc.money, t.start, t.end, |m| (m.start, m.end)).iter().any(|m| m.start == t.start))
            };
            // "a takeover proposal from German rival Deutsche Boerse": up to three describing words between.
            let proposed = || {
                (k.saturating_sub(4)..k).rev().find(|&f| lower(tokens, f) == "from").is_some_and(|f| {
                    let describing = (f + 1..k).all(|d| tokens[d].text(text).chars().all(char::is_lowercase) || doc.spot_overlapping(tokens[d].start, tokens[d].end).is_some());
                    describing && f > 0 && lex.is_proposal_noun(&lower(tokens, f - 1))
                })
            };
            let mut common_word = || {
                k == last
                    && lowercase_words
                        .get_or_insert_with(|| doc.tokens.iter().flatten().map(|o| o.text(text)).filter(|w| w.chars().all(char::is_lowercase)).collect())
                        .contains(lowercase.as_str())
            };
            // "demanded that ExxonMobil stop", "urged Gazprom to", "called on Unison to": whom a
            // demand is made of (one word in -s there is as often a people: "urged Muslims to").
            let addressed = || {
                if k == last && lowercase.ends_with('s') {
                    return false;
                }
                let demand_at = |f: usize| lex.cue(&lower(tokens, f)).contains(&Cue::Demand);
                let two_before = k.checked_sub(2).map(|f| lower(tokens, f));
                match prev.as_ref() {
                    "that" => k >= 2 && demand_at(k - 2),
                    "on" => verb == "to" && two_before.is_some_and(|w| lex.cue(&format!("{w} on")).contains(&Cue::Demand)),
                    _ => verb == "to" && k >= 1 && demand_at(k - 1),
                }
            };
            // ("Officials said", "Continuing demand for": not a plural or a participle opening a sentence.)
            let evidence = if opening { !(k == last && (lowercase.ends_with('s') || lowercase.ends_with("ing"))) && subject() } else { subject() || funded() || given() || proposed() || addressed() };
            if evidence && !common_word() {
                acting.push((run, tokens[k].start));
            }
            k = next;
        }
    }
    // "Arsenal midfielder Edu ... Edu said": a name an occupation introduces anywhere is a person's;
    // so is one whose government or administration the article names ("the Trump administration").
    if !acting.is_empty() {
        let introduced: Vec<&str> = doc.tokens.iter().flat_map(|ts| ts.windows(2)).filter(|w| lex.is_role_noun(w[0].text(text))).map(|w| w[1].text(text)).collect();
        let leaders: Vec<&str> = leaders_named_by_government(doc).map(|(_, _, name)| name).collect();
        acting.retain(|(run, _)| !introduced.iter().chain(&leaders).any(|w| run.split_whitespace().next() == Some(*w)));
    }
    let mut found: Vec<(usize, usize, &'t str)> = Vec::new();
    // Names by their first word, each with the name it goes by.
    let mut by_first: HashMap<&str, Vec<(Vec<&str>, &'t str)>> = HashMap::default();
    for &(run, seen) in &acting {
        // "LSE" for the "London Stock Exchange" the article names: the name is the full one,
        // and the full name is a mention of it too.
        let full = expanded_acronym(doc, run, seen);
        // One the article spells out as a body or organisation it already knows is that one's.
        if full.is_some_and(|(s, e)| doc.spot_overlapping(s, e).is_some()) {
            continue;
        }
        let name = full.map_or(run, |(s, e)| &text[s..e]);
        let words: Vec<&str> = run.split_whitespace().collect();
        by_first.entry(words[0]).or_default().push((words, name));
        if let Some((s, e)) = full.filter(|&(s, e)| s >= doc.headline_end && !claimed(s, e)) {
            found.push((s, e, name));
        }
    }
    for tokens in doc.tokens.iter().filter(|ts| ts.first().is_some_and(|t| t.start >= doc.headline_end)) {
        for (k, t) in tokens.iter().enumerate() {
            if !t.text(text).starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let Some(names) = by_first.get(t.text(text)) else { continue };
            for (words, name) in names {
                let matches = words.iter().enumerate().all(|(o, w)| tokens.get(k + o).is_some_and(|n| n.text(text) == *w));
                let end = tokens.get(k + words.len() - 1).map_or(t.end, |n| n.end);
                if matches && !claimed(t.start, end) {
                    found.push((t.start, end, name));
                }
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// The acronyms `doc` gives in brackets right after a body's mention ("the Muslim Council of
/// Britain (MCB)"), two to six capitals that no list knows, each with that body's entity.
fn defined_acronyms<'t>(doc: &Doc<'t>, mentions: &[Mention]) -> Vec<(&'t str, usize)> {
    let mut out: Vec<(&str, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == MentionKind::Body) {
        let Some(entity) = m.entity else { continue };
        let Some((acronym, _)) = doc.text.get(m.end..).and_then(|after| after.strip_prefix(" (")).and_then(|after| after.split_once(')')) else { continue };
        let start = m.end + 2;
        let known = doc.spot_overlapping(start, start + acronym.len()).is_some();
        if (2..=6).contains(&acronym.len()) && acronym.bytes().all(|b| b.is_ascii_uppercase()) && !known && !out.iter().any(|&(a, _)| a == acronym) {
            out.push((acronym, entity));
        }
    }
    out
}

/// Where the article first spells out an acronym in capitalised words, two or more, whose
/// initials it is ("London Stock Exchange" for "LSE"; "of", "and", "for", "the" may stand
/// between), looked for in the sentences within a few thousand bytes of `seen`, so that long
/// documents stay linear.
fn expanded_acronym(doc: &Doc, acronym: &str, seen: usize) -> Option<(usize, usize)> {
    if acronym.len() < 2 || !acronym.bytes().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let letters = acronym.as_bytes();
    let near = |tokens: &&Vec<Token>| tokens.first().is_some_and(|t| t.start + 5000 >= seen && t.start <= seen + 5000);
    doc.tokens.iter().filter(near).find_map(|tokens| {
        (0..tokens.len()).find_map(|first| {
            let (mut matched, mut k) = (0, first);
            while k < tokens.len() && matched < letters.len() {
                let w = tokens[k].text(doc.text);
                if matched > 0 && matches!(w, "of" | "and" | "for" | "the" | "&") {
                    k += 1;
                    continue;
                }
                if w.len() < 2 || w.as_bytes()[0] != letters[matched] || !w[1..].starts_with(|c: char| c.is_lowercase()) {
                    break;
                }
                matched += 1;
                k += 1;
            }
            (matched == letters.len()).then(|| (tokens[first].start, tokens[k - 1].end))
        })
    })
}

/// "The commission does urge parties ...": "the" and the last word of a body named before it
/// ("Electoral Commission") stand for that body, the one named most recently; "the party",
/// "the firm" and "the country" for the party, organisation or country named close before.
fn described_body_actors(doc: &Doc, reg: &Registry, mentions: &[Mention]) -> (Vec<Actor>, Vec<(usize, usize, usize)>) {
    let (text, lex) = (doc.text, doc.lex);
    // Start, end and entity of each mention of these kinds, in text order.
    let named = |kinds: &[MentionKind]| {
        let mut v: Vec<(usize, usize, usize)> = mentions.iter().filter(|m| kinds.contains(&m.kind)).filter_map(|m| m.entity.map(|e| (m.start, m.end, e))).collect();
        v.sort_unstable();
        v
    };
    // Bodies of more than one word by their last word, lower case, in text order.
    let mut bodies_by_last_word: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
    for (start, _, e) in named(&[MentionKind::Body]) {
        let name = &reg.entities[e].name;
        if let Some((_, last)) = name.rsplit_once(' ') {
            bodies_by_last_word.entry(last.to_lowercase()).or_default().push((start, e));
        }
    }
    let named_before = named(&[MentionKind::Body, MentionKind::Country]);
    let mut out = Vec::new();
    // Spans of short names ("the Commission") with the lexicon body they stand for.
    let mut short_names = Vec::new();
    if named_before.is_empty() {
        return (out, short_names);
    }
    for (si, tokens) in doc.tokens.iter().enumerate() {
        for k in (0..tokens.len().saturating_sub(1)).filter(|&k| matches!(tokens[k].text(text), "the" | "The" | "a" | "A")) {
            // "A Commission spokesperson": a short name may follow "a" too, as a modifier; an
            // anaphor may not ("a country" is none named).
            let indefinite = matches!(tokens[k].text(text), "a" | "A");
            if indefinite && !is_capitalised(tokens[k + 1].text(text)) {
                continue;
            }
            // "the island state", "the oil-rich kingdom", "the North African country", "the
            // 27-member bloc": up to two describing words may come first, none of them a state's.
            let describing = |j: usize| {
                let w = tokens[j].text(text);
                w.chars().all(|c| c.is_alphanumeric() || c == '-') && !matches!(w, "the" | "The") && (!is_capitalised(w) || doc.spot_covering(&tokens[j]).is_none())
            };
            let described_head = (k + 2..(k + 4).min(tokens.len()))
                .take_while(|&h| describing(h - 1))
                .find(|&h| matches!(lex.anaphor(tokens[h].text(text)), Some(Anaphor::Country | Anaphor::Bloc | Anaphor::Alliance | Anaphor::Regime)));
            let described = described_head.is_some();
            let h = described_head.unwrap_or(k + 1);
            let head = tokens[h].text(text);
            // "the junta in Niger", "the government in Kabul", "the regime in Tehran": the
            // state named right after "in".
            if !indefinite && matches!(head, "government" | "junta" | "regime" | "authorities" | "administration") && tokens.get(h + 1).is_some_and(|t| t.text(text) == "in") {
                let state = tokens.get(h + 2).and_then(|t| doc.spot_covering(t)).and_then(|sp| match sp.hit {
                    Hit::Gazetteer(GazetteerHit::CountryName(i) | GazetteerHit::CountryCapital(i)) => Some((sp.end, &lex.countries[i].iso2)),
                    _ => None,
                });
                let entity = state.and_then(|(end, iso2)| super::state_entity(&reg.entities, iso2).map(|e| (end, e)));
                if let Some((end, e)) = entity {
                    out.push(Actor { start: tokens[k + 1].start, end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
                    continue;
                }
            }
            if head == "government" {
                continue;
            }
            // "the Commission's offer" after "the European Commission"; not the start of a longer
            // name ("the Commission for Racial Equality") nor one a list knows.
            if is_capitalised(head) {
                let next = tokens.get(h + 1).map_or("", |t| t.text(text));
                if described || is_capitalised(next) || matches!(next, "of" | "for" | "on") || doc.spot_covering(&tokens[h]).is_some() {
                    continue;
                }
            }
            let the = tokens[k].start;
            // "gave £500,000 to the party", "a loan to the carrier", "the country has refused":
            // the last party, organisation or country named in this sentence or the two before it.
            // ("the state" alone is any state; "the island state" is the one just named.)
            if let Some(anaphor) = lex.anaphor(head).filter(|_| (head != "state" || described) && !indefinite) {
                let next = tokens.get(h + 1).map_or("", |t| t.text(text));
                if next == "of" {
                    continue;
                }
                // "the party conference": a noun after it makes it a modifier.
                let modifier = plain_word(lex, next) && !matches!(next, "a" | "an" | "the" | "its" | "his" | "her" | "their" | "this" | "these" | "those");
                let earlier = &named_before[..named_before.partition_point(|&(start, ..)| start < the)];
                let window_start = doc.sentences[si.saturating_sub(2)].start;
                let fits = |e: usize| match anaphor {
                    Anaphor::Country | Anaphor::Regime => reg.entities[e].kind == EntityKind::Country,
                    Anaphor::Bloc => reg.entities[e].kind == EntityKind::Body && lex.is_bloc(&reg.entities[e].name),
                    Anaphor::Alliance => reg.entities[e].kind == EntityKind::Body && lex.is_alliance(&reg.entities[e].name),
                    Anaphor::Agency => reg.entities[e].kind == EntityKind::Body && (reg.entities[e].body_kind == Some(BodyKind::Agency) || lex.is_international_agency(&reg.entities[e].name)),
                    Anaphor::Body(kind) => reg.entities[e].kind == EntityKind::Body && reg.entities[e].body_kind == Some(kind),
                };
                // The subject of a sentence before is likelier meant than a later object
                // ("China summoned the US envoy. The country also demanded"): prefer the first
                // of its kind named in its sentence.
                let candidates: Vec<&(usize, usize, usize)> = earlier.iter().rev().take_while(|&&(start, ..)| start >= window_start).filter(|&&(_, _, e)| fits(e)).collect();
                let opens_sentence = |start: usize| {
                    let sentence_start = doc.sentences.get(doc.sentences.partition_point(|r| r.end <= start)).map_or(0, |r| r.start);
                    !earlier.iter().any(|&(other, _, e)| other >= sentence_start && other < start && fits(e))
                };
                // "Talks with rival bidder Deutsche Boerse will continue, the LSE said. Last week,
                // the group rejected": whoever a sentence before is reported saying it is likelier still.
                let speaks = |end: usize| {
                    let next = text[end..].split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                    lex.cue(&next).contains(&Cue::Speech)
                };
                // "the agency", further back: the one agency the article has named.
                let sole_agency = || {
                    let mut agencies = earlier.iter().filter(|&&(.., e)| fits(e));
                    let first = agencies.next()?;
                    agencies.all(|&(.., e)| e == first.2).then_some(first)
                };
                let chosen = if anaphor == Anaphor::Regime {
                    earlier.iter().rev().find(|&&(_, end, e)| fits(e) && names_its_government(doc, end))
                } else if anaphor == Anaphor::Agency && candidates.is_empty() {
                    sole_agency()
                } else {
                    candidates.iter().find(|&&&(_, end, _)| speaks(end)).or_else(|| candidates.iter().find(|&&&(start, ..)| opens_sentence(start))).or(candidates.first()).copied()
                };
                if let Some(&(_, _, e)) = chosen {
                    // "the North African country": the describing words belong to the phrase.
                    out.push(Actor { start: tokens[k + 1].start, end: tokens[h].end, entity: e, pronoun: true, person: false, modifier, partners: [None; 2] });
                    continue;
                }
            }
            if described {
                continue;
            }
            let named = bodies_by_last_word.get(head.to_lowercase().as_str()).and_then(|named| named[..named.partition_point(|&(start, _)| start < the)].last());
            if let Some(&(_, e)) = named {
                out.push(Actor { start: tokens[h].start, end: tokens[h].end, entity: e, pronoun: false, person: false, modifier: false, partners: [None; 2] });
            } else if let Some((body, with)) = lex.short_body_name(head).or_else(|| lex.short_body_name(&capitalise(head))) {
                // "The EU imposed tariffs. The Commission said": the bloc's body ("the
                // commission said", as wire copy writes it, too).
                if named_before[..named_before.partition_point(|&(start, ..)| start < the)].iter().any(|&(.., e)| reg.entities[e].name == lex.bodies[with].label) {
                    short_names.push((tokens[h].start, tokens[h].end, body));
                }
            }
        }
    }
    (out, short_names)
}

/// Whether the state named just before byte `end` is named as governed: "Niger's military
/// rulers", "the Myanmar junta" (a possessive mark and one adjective may come between).
fn names_its_government(doc: &Doc, end: usize) -> bool {
    let mut words = doc.text[end..].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'));
    let first = words.next().unwrap_or("");
    let first = first.strip_prefix("'s").or_else(|| first.strip_prefix("’s")).unwrap_or(first);
    let mut words = std::iter::once(first).filter(|w| !w.is_empty()).chain(words).map(str::to_lowercase);
    let governing = |w: &str| doc.lex.is_state_noun(w) || doc.lex.anaphor(w) == Some(Anaphor::Regime);
    match (words.next(), words.next()) {
        (Some(w), _) if governing(&w) => true,
        (Some(adjective), Some(w)) => adjective.chars().all(char::is_lowercase) && !doc.lex.is_function_word(&adjective) && governing(&w),
        _ => false,
    }
}

/// Whether `w` is a lowercase word that is neither a function word, an auxiliary nor a cue:
/// likely a noun ("her party", "the party conference").
fn plain_word(lex: &Lexicon, w: &str) -> bool {
    !w.is_empty() && w.chars().all(char::is_lowercase) && !lex.is_function_word(w) && !lex.is_verb_lead(w) && lex.cue(w).is_empty()
}

/// "Ian Gibson urged the two men to stop": phrases for a pair stand for the last two people
/// named together with "and" before them; "The EU urged both sides to show restraint", for
/// the last two states or bodies ("tensions between Greece and Turkey"); "the three
/// countries", for the last three states listed.
fn pair_actors(doc: &Doc, actors: &[Actor], is_country: &dyn Fn(usize) -> bool, headline_states: &[usize]) -> Vec<Actor> {
    let mut out = named_pair_actors(doc, actors, true, doc.lex.pair_phrases(), is_country, &[]);
    out.extend(named_pair_actors(doc, actors, false, doc.lex.state_pair_phrases(), is_country, headline_states));
    out.extend(trio_actors(doc, actors, is_country));
    out
}

/// Actors for `phrases` standing for the last two people (or, not `people`, states and
/// bodies) named together with "and" before them; failing that, "both leaders" stand for the
/// last two people who acted in the three sentences before theirs, and "both countries" or
/// "the two neighbours" (not "both sides") for the last two countries that acted there, or
/// else earlier in the story. State phrases but "both sides" stand for the two states of
/// `headline_states`, when it holds two, before those that acted last.
fn named_pair_actors(doc: &Doc, actors: &[Actor], people: bool, phrases: &[Vec<String>], is_country: &dyn Fn(usize) -> bool, headline_states: &[usize]) -> Vec<Actor> {
    let text = doc.text;
    // A state named as a modifier still counts ("tensions between Greece and Turkey rose").
    let mut named: Vec<&Actor> = actors.iter().filter(|a| a.person == people && !a.pronoun).collect();
    named.sort_by_key(|a| a.start);
    // ("the United States, China and Malaysia": the last two of a longer list are no pair.)
    let joined_by = |a: &Actor, b: &Actor, word: &str| words_between(text, a, b) == Some(word);
    let pairs: Vec<(usize, usize, usize)> = (0..named.len().saturating_sub(1))
        .filter(|&i| {
            let (a, b) = (named[i], named[i + 1]);
            a.entity != b.entity && joined_by(a, b, "and") && !(i > 0 && joined_by(named[i - 1], a, ","))
        })
        .map(|i| (named[i + 1].end, named[i].entity, named[i + 1].entity))
        .collect();
    let mut out = Vec::new();
    // "Ethiopia's minister said ... Egypt's minister asked ... Sudan urged both countries to":
    // the last two countries (or people) acting in the sentences before, newest first.
    let last_two = |sentence_start: usize, window_start: usize| {
        let mut found: Vec<usize> = Vec::new();
        let before = &named[named.partition_point(|a| a.start < window_start)..named.partition_point(|a| a.start < sentence_start)];
        for a in before.iter().rev().filter(|a| !a.modifier && (people || is_country(a.entity))) {
            if !found.contains(&a.entity) {
                found.push(a.entity);
            }
            if found.len() == 2 {
                return Some((found[1], found[0]));
            }
        }
        None
    };
    for (start, end, phrase) in find_phrases(doc, phrases) {
        // A pair named together before the three sentences before gives way when two others
        // acted there ("demands by Germany and France ... Serbia refused, Kosovo insisted ...
        // both sides").
        let si = doc.sentences.partition_point(|r| r.end <= start);
        let window_start = doc.sentences.get(si.saturating_sub(3)).map_or(0, |r| r.start);
        let sentence_start = doc.sentences.get(si).map_or(0, |r| r.start);
        let acted_since = |first: usize, second: usize| last_two(sentence_start, window_start).is_some_and(|(a, b)| (a, b) != (first, second) && (a, b) != (second, first));
        // "Japan and Australia called on both sides": a pair that acts on the phrase is not
        // what it stands for.
        // ("Brazil and Colombia, which have sought to mediate, urged both sides": past a
        // relative clause set off by commas.)
        let after_pair = |pair_end: usize| -> &str {
            let between = &text[pair_end..start];
            let relative = between.strip_prefix(", ").filter(|rest| rest.starts_with("which ") || rest.starts_with("who "));
            relative.and_then(|rest| rest.split_once(',')).map_or(between, |(_, after)| after)
        };
        let acts_on_phrase = |pair_end: usize| {
            let between = after_pair(pair_end);
            between.split_whitespace().count() <= 4 && between.split_whitespace().all(|w| w.starts_with(|c: char| c.is_lowercase()) && w.chars().all(char::is_alphabetic))
        };
        // "France and Denmark are pushing for fishing rights ... urged both sides": a pair
        // demanding together is one side (not for the people phrases: "the two men").
        let demands_together = |pair_end: usize| {
            !people && {
                let lex = doc.lex;
                let words: Vec<String> = after_pair(pair_end).split_whitespace().take(6).map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()).collect();
                let verb = words.iter().position(|w| !(lex.is_verb_lead(w) || w.len() > 4 && w.ends_with("ly")));
                verb.and_then(|v| lex.cue_at(&words[v..])).is_some_and(|(_, cues)| cues.contains(&Cue::Demand))
            }
        };
        let named_pair = pairs
            .iter()
            .rev()
            .find(|&&(pair_end, _, _)| pair_end <= start && !acts_on_phrase(pair_end) && !demands_together(pair_end))
            .filter(|&&(pair_end, first, second)| pair_end >= window_start || !acted_since(first, second))
            .map(|&(_, first, second)| (first, second));
        let recent = || {
            (people || phrase.last().is_some_and(|w| w != "sides")).then_some(())?;
            let si = doc.sentences.partition_point(|r| r.end <= start);
            let sentence_start = doc.sentences.get(si)?.start;
            let near = last_two(sentence_start, doc.sentences[si.saturating_sub(3)].start);
            // Failing that, the two states that acted last in the story so far: the dispute's parties.
            if people { near } else { near.or_else(|| last_two(sentence_start, 0)) }
        };
        // "Venezuela tells Guyana to halt oil licensing ... Brazil urged both neighbours to":
        // failing that, the two states the headline names, the dispute's parties (not for
        // "both sides", who in a civil war are no states: "Sudan's army rejects UAE-backed
        // proposal ... urged both sides to agree a ceasefire").
        let headline = || match headline_states {
            &[first, second] if doc.headline_end <= start && phrase.last().is_some_and(|w| w != "sides") => Some((first, second)),
            _ => None,
        };
        if let Some((first, second)) = named_pair.or_else(headline).or_else(recent) {
            out.push(Actor { start, end, entity: first, pronoun: false, person: people, modifier: false, partners: [Some(second), None] });
        }
    }
    out
}

/// Where the text has one of `phrases` (lower case, word by word), each with the phrase
/// matched; the span leaves out an opening "the", as other actors' spans do ("urged the two
/// men").
fn find_phrases<'p>(doc: &Doc, phrases: &'p [Vec<String>]) -> Vec<(usize, usize, &'p [String])> {
    let text = doc.text;
    let mut out = Vec::new();
    // Most stories hold no such phrase: one search of the text for each last word says so.
    if !phrases.iter().any(|p| p.last().is_some_and(|w| text.contains(w.as_str()))) {
        return out;
    }
    let mut first_words: Vec<&str> = phrases.iter().map(|p| p[0].as_str()).collect();
    first_words.sort_unstable();
    first_words.dedup();
    for tokens in &doc.tokens {
        for k in 0..tokens.len() {
            if !first_words.iter().any(|w| tokens[k].text(text).eq_ignore_ascii_case(w)) {
                continue;
            }
            let phrase = phrases.iter().find(|p| k + p.len() <= tokens.len() && p.iter().zip(&tokens[k..]).all(|(w, t)| t.text(text).eq_ignore_ascii_case(w)));
            let Some(phrase) = phrase else { continue };
            let skip = usize::from(phrase[0] == "the");
            out.push((tokens[k + skip].start, tokens[k + phrase.len() - 1].end, phrase.as_slice()));
        }
    }
    out
}

/// The text between two actors, trimmed ("and", ","), when `a` ends before `b` starts.
fn words_between<'t>(text: &'t str, a: &Actor, b: &Actor) -> Option<&'t str> {
    (a.end <= b.start).then(|| text[a.end..b.start].trim())
}

/// "Britain, France and Germany ... The three European countries urged Iran": phrases for
/// three states stand for the last three named in one list before them.
fn trio_actors(doc: &Doc, actors: &[Actor], is_country: &dyn Fn(usize) -> bool) -> Vec<Actor> {
    let text = doc.text;
    let mut named: Vec<&Actor> = actors.iter().filter(|a| !a.person && !a.pronoun && is_country(a.entity)).collect();
    named.sort_by_key(|a| a.start);
    named.dedup_by_key(|a| a.start);
    let trios: Vec<(usize, [usize; 3])> = named
        .windows(3)
        .filter(|w| {
            words_between(text, w[0], w[1]) == Some(",")
                && matches!(words_between(text, w[1], w[2]), Some("and" | ", and"))
                && w[0].entity != w[1].entity
                && w[1].entity != w[2].entity
                && w[0].entity != w[2].entity
        })
        .map(|w| (w[2].end, [w[0].entity, w[1].entity, w[2].entity]))
        .collect();
    if trios.is_empty() {
        return Vec::new();
    }
    find_phrases(doc, doc.lex.state_trio_phrases())
        .into_iter()
        .filter_map(|(start, end, _)| {
            let [first, second, third] = trios.iter().rev().find(|(trio_end, _)| *trio_end <= start)?.1;
            Some(Actor { start, end, entity: first, pronoun: false, person: false, modifier: false, partners: [Some(second), Some(third)] })
        })
        .collect()
}

/// Whether the words after an actor's mention name other people it qualifies ("'s
/// colleagues", "supporters").
fn names_other_people(lex: &Lexicon, after: &str) -> bool {
    let rest = after_possessive(after).or_else(|| after.strip_prefix('\'')).unwrap_or(after);
    let mut words = rest.trim_start().split(|c: char| !c.is_alphabetic());
    let word = words.next().unwrap_or("").to_lowercase();
    // ("Gordon Brown's closest ally": a word of rank may come first.)
    let ranked = word.ends_with("est") || matches!(word.as_str(), "top" | "senior" | "chief" | "key" | "main" | "leading" | "former");
    let word = if ranked { words.next().unwrap_or("").to_lowercase() } else { word };
    !word.is_empty() && lex.is_other_people_noun(&word)
}

/// Where the phrase of a state's officials named by where they sit begins ("the foreign
/// ministry in Beijing", "officials in Tokyo"), for the country or capital spot `s` after "in".
fn officials_in(doc: &Doc, tokens: &[Token], s: &Spot) -> Option<usize> {
    let k = token_at(tokens, s.start)?;
    if k < 2 || !tokens[k - 1].text(doc.text).eq_ignore_ascii_case("in") {
        return None;
    }
    let noun = &tokens[k - 2];
    doc.lex.is_seat_noun(&noun.text(doc.text).to_lowercase()).then_some(noun.start)
}

/// Where a country mention acting as a state ends: a name stands for its state unless a
/// preposition of place precedes it; a demonym only with a state noun after it
/// ("French officials", "the French government source").
fn country_actor_end(doc: &Doc, tokens: &[Token], s: &Spot, g: GazetteerHit) -> Option<(usize, bool)> {
    let k = token_at(tokens, s.start)?;
    let prev = k.checked_sub(1).map(|p| tokens[p].text(doc.text).to_lowercase());
    let place_preposition = matches!(prev.as_deref(), Some("in" | "at" | "from" | "across" | "near" | "into" | "around" | "inside" | "outside" | "throughout"));
    // "Russia-backed separatists", "the Saudi-led coalition": in a compound adjective the
    // state qualifies who acts; a capital there is only a place ("Moscow-based").
    if doc.text[s.end..].strip_prefix('-').is_some_and(|rest| rest.starts_with(char::is_lowercase)) {
        return (!matches!(g, GazetteerHit::CountryCapital(_))).then_some((s.end, true));
    }
    match g {
        // A country name inside a longer name ("China Aviation Oil", "Bisnis Indonesia") or
        // before a noun it qualifies ("a US defence company") does not act for the state.
        GazetteerHit::CountryName(_) => {
            let last = token_at(tokens, s.end.saturating_sub(1))?;
            let next = tokens.get(last + 1).map(|t| t.text(doc.text));
            let prev = k.checked_sub(1).map(|p| tokens[p].text(doc.text));
            // ("gave India C$3m": a sum's currency sign is no name.)
            let part_of_name = |t: Option<&Token>, w: Option<&str>| {
                w.is_some_and(|w| is_capitalised(w) && w.chars().all(char::is_alphabetic))
                    && t.is_none_or(|t| doc.spot_covering(t).is_none() && !doc.money.iter().any(|m| m.start == t.start))
            };
            // "demanded that France stop the boats": after a demand's "that" the word is its verb.
            let demanded_that = prev.is_some_and(|p| p == "that") && k >= 2 && doc.lex.cue(&tokens[k - 2].text(doc.text).to_lowercase()).contains(&Cue::Demand);
            let qualifies = !demanded_that && next.is_some_and(|w| {
                let lw = w.to_lowercase();
                w.chars().all(char::is_alphabetic)
                    && !is_capitalised(w)
                    && !doc.lex.is_verb_lead(&lw)
                    && !doc.lex.is_function_word(&lw)
                    && doc.lex.cue(&lw).is_empty()
                    && !doc.lex.is_state_noun(&lw)
                    && !lw.ends_with("ed")
                    && !doc.lex.is_irregular_past(&lw)
                    && !lw.ends_with("ly")
                    && !lw.ends_with('s')
            });
            let named = part_of_name(tokens.get(last + 1), next) && !doc.lex.is_not_name(next.unwrap_or(""))
                || (k > 0 && part_of_name(tokens.get(k - 1), prev) && !prev.is_some_and(|p| doc.lex.is_not_name(p)));
            (!named).then_some((s.end, qualifies))
        }
        // A capital stands for its government only as a subject: "Paris has rejected", "Beijing said".
        GazetteerHit::CountryCapital(_) | GazetteerHit::BodySeat(_) => {
            let word = |t: usize| tokens.get(t).map(|t| t.text(doc.text).to_lowercase());
            let mut after = token_at(tokens, s.end.saturating_sub(1))? + 1;
            // "Beijing on Tuesday urged Manila": a day between the subject and its verb.
            if word(after).as_deref() == Some("on") && word(after + 1).is_some_and(|w| doc.lex.is_calendar_word(&capitalise(&w))) {
                after += 2;
            }
            // "Paris flatly refused": adverbs are looked through.
            while word(after).is_some_and(|w| w.len() > 4 && w.ends_with("ly") && doc.lex.cue(&w).is_empty()) {
                after += 1;
            }
            // "Washington, however, insisted": so is a sentence adverb set off by commas.
            if word(after).as_deref() == Some(",") && word(after + 2).as_deref() == Some(",") && word(after + 1).is_some_and(|w| matches!(w.as_str(), "however" | "meanwhile" | "though" | "too" | "instead" | "nevertheless" | "also")) {
                after += 3;
            }
            let next = word(after);
            // "Beijing lodged a protest and demanded": opening a clause, a capital before a
            // verb in the past tense is its subject.
            // So it is after a verb of saying or a conjunction that opens a clause: "said Ottawa
            // needed to open", "unless Washington dropped the duties".
            // So it is after when: "Last year Beijing refinanced", "On Monday Tokyo announced".
            let after_when = prev.as_deref().is_some_and(|p| {
                (doc.lex.is_period(p) && matches!(k.checked_sub(2).and_then(word).as_deref(), Some("last" | "this" | "next" | "a" | "that")))
                    || doc.lex.is_calendar_word(&capitalise(p))
            });
            let opens_clause = k == 0
                || after_when
                || matches!(prev.as_deref(), Some("but" | "and" | "," | ";" | "yet" | "that" | "unless" | "if" | "because" | "after" | "until" | "while" | "although" | "though"))
                || prev.as_deref().is_some_and(|p| doc.lex.cue(p).contains(&Cue::Speech));
            let past_tense_after = next.as_deref().is_some_and(|w| {
                ((w.len() > 3 && w.ends_with("ed"))
                    || doc.lex.is_irregular_past(w)
                    || doc.lex.cue(w).contains(&Cue::Obligation)
                    || (doc.lex.opens_cue(w) && doc.lex.cue(&format!("{w} to")).contains(&Cue::Obligation)))
                    && tokens.get(after).is_some_and(|t| !is_capitalised(t.text(doc.text)))
            });
            // "unless Budapest changes the law", "if Moscow agrees to talks": a condition's verb
            // is in the present tense.
            let present_in_condition = matches!(prev.as_deref(), Some("unless" | "if" | "until"))
                && next.as_deref().is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.chars().all(char::is_lowercase))
                && word(after + 1).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "its" | "their" | "all" | "any" | "more" | "to"));
            let cue_at = |j: usize, cue: Cue| word(j).is_some_and(|w| doc.lex.cue(&w).contains(&cue));
            // A cue of several words that ends right before the capital: "called on Athens",
            // "hit back at Tokyo".
            // ("urged both London and Paris": past "both" or "either".)
            let lead = if matches!(prev.as_deref(), Some("both" | "either")) { k - 1 } else { k };
            let phrase_before = |cue: Cue| {
                (lead.saturating_sub(4)..lead.saturating_sub(1)).any(|j| {
                    let words: Vec<String> = (j..lead).filter_map(word).collect();
                    doc.lex.cue_at(&words).is_some_and(|(len, cues)| len == words.len() && cues.contains(&cue))
                })
            };
            let two_before = k.checked_sub(2).and_then(word);
            // The verb before a demand's "that", past a time phrase: "demanded on Thursday that
            // Pristina reduce", "insisted yesterday that".
            let that_after_demand = prev.as_deref() == Some("that") && k >= 2 && {
                let mut j = k - 2;
                let day = |j: usize| word(j).is_some_and(|w| doc.lex.is_calendar_word(&capitalise(&w)) || matches!(w.as_str(), "yesterday" | "today" | "tonight"));
                if day(j) && j >= 1 {
                    j -= 1;
                    if word(j).as_deref() == Some("on") && j >= 1 {
                        j -= 1;
                    }
                }
                cue_at(j, Cue::Demand)
            };
            // Whom a demand is made of or money given to: "demanded that Tokyo correct its
            // mistake", "a demand by Washington that Copenhagen sell", "will hand Paris £8.4m",
            // "a letter to Paris"; whom one rebuffs or
            // accuses: "rebuffed Warsaw over its claim", "accused Beijing of".
            let addressed = lead >= 1
                && (cue_at(lead - 1, Cue::Demand)
                    || cue_at(lead - 1, Cue::Fund)
                    || cue_at(lead - 1, Cue::Reject)
                    || cue_at(lead - 1, Cue::Accuse)
                    || phrase_before(Cue::Demand)
                    || that_after_demand
                    || (prev.as_deref() == Some("that") && (k.saturating_sub(8)..k - 1).any(|j| cue_at(j, Cue::DemandNoun)))
                    || (prev.as_deref() == Some("to") && k >= 2 && cue_at(k - 2, Cue::DemandNoun))
                    // "lodged a protest with Beijing".
                    || (prev.as_deref() == Some("with") && two_before.as_deref().is_some_and(|w| doc.lex.is_protest(w))));
            // "hit back at Tokyo", "pushed back against Beijing": whom a refusal of several
            // words ending in a preposition is aimed at.
            let refused_at = matches!(prev.as_deref(), Some("at" | "against")) && phrase_before(Cue::Reject);
            // "to help Islamabad meet its financing needs": whom help goes to.
            let helped = matches!(prev.as_deref(), Some("help" | "helping" | "helps" | "helped"));
            // "refused to negotiate with Ankara": the party a relation is with.
            let related = matches!(prev.as_deref(), Some("with" | "to")) && two_before.as_deref().is_some_and(|w| doc.lex.is_relational(w));
            // Whom aid goes to: "$1.2bn in security assistance to Kyiv", "has sent more than
            // $60bn in weapons to Kyiv" (a sum shortly before "to"), "a $61bn aid package for
            // Kyiv" (aid named a word or two before "for").
            let aid_to = prev.as_deref() == Some("to") && k >= 2 && {
                let (from, to) = (tokens[k.saturating_sub(7)].start, tokens[k - 1].start);
                cue_at(k - 2, Cue::AidNoun) || doc.money.iter().any(|m| m.start >= from && m.end <= to)
            };
            // "pledged €2bn for Kyiv": so is a sum right before "for".
            let aid_for = prev.as_deref() == Some("for")
                && ((k.saturating_sub(3)..k - 1).any(|j| cue_at(j, Cue::AidNoun)) || (k >= 2 && doc.money.iter().any(|m| m.end == tokens[k - 2].end)));
            // "the Paris, Amsterdam and Lisbon stock exchanges": "and" joins places, not verbs.
            // A possessor acts too: "Seoul's demand for compensation", "Brussels' demands".
            let verb_like = |w: &str| (doc.lex.is_verb_lead(w) && !matches!(w, "and" | "or")) || !doc.lex.cue(w).is_empty();
            // "Athens and Nicosia urged the EU": a capital joined to a state that acts.
            let joined_to_actor = opens_clause
                && next.as_deref() == Some("and")
                && tokens.get(after + 1).and_then(|t| doc.spot_covering(t)).is_some_and(|sp| {
                    matches!(sp.hit, Hit::Gazetteer(GazetteerHit::CountryCapital(_) | GazetteerHit::CountryName(_)))
                        && token_at(tokens, sp.end.saturating_sub(1)).and_then(|j| word(j + 1)).is_some_and(|w| verb_like(&w))
                });
            let acts = next.as_deref().is_some_and(verb_like)
                || joined_to_actor
                || (opens_clause && past_tense_after)
                || present_in_condition
                || addressed
                || related
                || helped
                || aid_to
                || aid_for
                || possessive_at(doc.text, s.end);
            // "pressure from London": after a proposal, "from" names who makes it; "was
            // rejected by Paris": "by" names who acts.
            // "demanded an apology from Tokyo": so does "from" after a thing asked of someone.
            let proposed_by = (prev.as_deref() == Some("from") && two_before.as_deref().is_some_and(|w| doc.lex.is_proposal_noun(w) || doc.lex.is_asked_from(w)))
                || prev.as_deref() == Some("by");
            // "look at Rome's provision": a possessor is no place, whatever the preposition.
            ((acts && (!place_preposition || possessive_at(doc.text, s.end))) || proposed_by || refused_at).then_some((s.end, false))
        }
        _ => {
            let last = token_at(tokens, s.end.saturating_sub(1))?;
            // A people acts as its state when it is the subject of a verb: "Gibraltarians
            // rejected the plans" (not "the Gibraltarians living in Spain").
            let next = tokens.get(last + 1).map(|t| t.text(doc.text).to_lowercase()).unwrap_or_default();
            // "The Dutch have pledged": so does "the" and a demonym that names a people as it is.
            let the_people = prev.as_deref() == Some("the")
                && !matches!(next.as_str(), "and" | "or" | "to" | "who" | "which" | "that")
                && !doc.lex.is_state_noun(&next)
                && !doc.lex.is_seat_noun(&next)
                && !doc.lex.speaks_for(&next);
            let some_of_them = prev.as_deref().is_some_and(|p| doc.lex.is_part_of_people(p));
            let people = (doc.text[s.start..s.end].ends_with('s') || the_people) && !place_preposition && !some_of_them;
            // ("ordered all undocumented Afghans to leave", "Iranians who": people, not a state.)
            let verb_next = doc.lex.is_verb_lead(&next) && !matches!(next.as_str(), "to" | "and" | "or" | "who" | "which" | "that");
            if people && (verb_next || (next.ends_with("ed") && !doc.lex.cue(&next).is_empty())) {
                return Some((s.end, false));
            }
            // "France rejected British calls": a demonym before a proposal is whose it is, and so
            // is one joined to such a demonym ("the French and British call").
            let proposal_at = |j: usize| tokens.get(j).is_some_and(|t| doc.lex.is_proposal_noun(&t.text(doc.text).to_lowercase()));
            let joined_to_proposer =
                tokens.get(last + 1).is_some_and(|t| t.text(doc.text) == "and") && tokens.get(last + 2).is_some_and(|t| doc.is_demonym(t)) && proposal_at(last + 3);
            if proposal_at(last + 1) || joined_to_proposer {
                return Some((s.end, true));
            }
            // A demonym before a post title qualifies the post ("French Interior Minister").
            (last + 1..(last + 4).min(tokens.len()))
                .take_while(|&j| tokens[j].text(doc.text).chars().all(char::is_alphabetic) && doc.spot_covering(&tokens[j]).is_none())
                .find(|&j| doc.lex.is_state_noun(&tokens[j].text(doc.text).to_lowercase()))
                .map(|j| (tokens[j].end, false))
        }
    }
}

/// A post title read in context.
struct PostReading {
    label: String,
    body: Option<usize>,
    country: Option<String>,
    former: bool,
    definite: bool,
    /// Whether a state possesses the title ("Japan's ambassador").
    possessed_by_state: bool,
    span_start: usize,
    /// Byte range of the person named with the title, if any.
    holder: Option<(usize, usize)>,
    /// Whether the country is only the article's home or the one other country it names, not
    /// read from the title's phrase.
    guessed_country: bool,
}

/// The lexicon body a spot names, a state's ministry or a listed body, with the state it is
/// in.
fn body_placed_at(doc: &Doc, sp: &Spot) -> Option<(usize, Option<usize>)> {
    match sp.hit {
        Hit::Ministry { body, country } => Some((body, Some(country))),
        Hit::Gazetteer(GazetteerHit::Body(b)) => doc.body_named(sp, b).map(|b| (b, body_state(doc.lex, b))),
        _ => None,
    }
}

/// The state (index into the countries) a lexicon body belongs to, if any.
fn body_state(lex: &crate::lexicon::Lexicon, body: usize) -> Option<usize> {
    lex.bodies[body].country.as_deref().and_then(|c| lex.country_index(c))
}

/// The party the text names last from byte `from` up to byte `before`.
fn last_party_named(doc: &Doc, from: usize, before: usize) -> Option<usize> {
    doc.spots[..doc.spots.partition_point(|sp| sp.start < before)].iter().rev().take_while(|sp| sp.start >= from).find_map(|sp| match sp.hit {
        Hit::Gazetteer(GazetteerHit::Body(b)) if doc.lex.bodies[b].kind == BodyKind::Party => Some(b),
        _ => None,
    })
}

/// The name that follows byte `pos` with nothing but spaces between (its courtesy title may
/// be what ends there: "President Jacques Chirac").
fn name_right_after<'d>(doc: &'d Doc, pos: usize) -> Option<&'d NameSpot> {
    let name = doc.names.get(doc.names.partition_point(|n| n.start < pos))?;
    let begins = name.honorific_start.filter(|&h| h >= pos).unwrap_or(name.start);
    doc.text[pos..begins].trim().is_empty().then_some(name)
}

/// The name that ends at byte `end`.
fn name_ending_at<'d>(doc: &'d Doc, end: usize) -> Option<&'d NameSpot> {
    doc.names[..doc.names.partition_point(|n| n.end <= end)].last().filter(|n| n.end == end)
}

/// Whether a title ends right before the name `name` ("Commission President Ursula von der
/// Leyen").
fn titled_right_before(doc: &Doc, name: &NameSpot) -> bool {
    doc.spots[..doc.spots.partition_point(|sp| sp.start < name.start)]
        .iter()
        .rev()
        .take(3)
        .any(|sp| matches!(sp.hit, Hit::Title(_)) && sp.end <= name.start && doc.text[sp.end..name.start].trim().is_empty())
}

/// The states that the article says give the post of the title spot `title` (lexicon post
/// `post_idx`) to someone other than whoever is named right after `title` ("Mexico's
/// President Claudia Sheinbaum", "Mexican President Claudia Sheinbaum").
fn states_giving_post_to_another(doc: &Doc, post_idx: usize, title: &Spot) -> Vec<String> {
    let text = doc.text;
    let name_after = |end: usize| name_right_after(doc, end).map(|n| &text[n.start..n.end]);
    let ours = name_after(title.end);
    let mut out = Vec::new();
    for (i, other) in doc.spots.iter().enumerate() {
        if !matches!(other.hit, Hit::Title(p) if p == post_idx) || other.start == title.start {
            continue;
        }
        let Some(state) = i.checked_sub(1).map(|j| &doc.spots[j]) else { continue };
        let country = match state.hit {
            Hit::Gazetteer(GazetteerHit::CountryName(c) | GazetteerHit::CountryAdjective(c)) => &doc.lex.countries[c].iso2,
            _ => continue,
        };
        let joined = matches!(text[state.end..other.start].trim(), "" | "'s" | "’s");
        let theirs = name_after(other.end);
        if joined && theirs.is_some() && theirs != ours && !out.contains(country) {
            out.push(country.clone());
        }
    }
    out
}

/// The state named by "of" right after the name that follows a title ending at `title_end`
/// ("President Kassym-Jomart Tokayev of Kazakhstan"), not one that possesses something
/// ("of Britain's Barclays").
fn state_after_holder(doc: &Doc, title_end: usize) -> Option<usize> {
    let text = doc.text;
    let name = name_right_after(doc, title_end)?;
    text[name.end..].starts_with(" of ").then_some(())?;
    let of_end = name.end + " of ".len();
    let state = doc.spot_overlapping(of_end, of_end + 1).filter(|sp| sp.start == of_end)?;
    let country = match state.hit {
        Hit::Gazetteer(GazetteerHit::CountryName(i)) => i,
        _ => return None,
    };
    after_possessive(&text[state.end..]).is_none().then_some(country)
}

/// `state_of_person` gives the country of the post held by the person named in a byte range,
/// if the article gave one; with the home state comes whether the article names a devolved
/// government of it.
fn read_post(doc: &Doc, reg: &mut Registry, tokens: &[Token], s: &Spot, post_idx: usize, (home, home_devolved): (Option<&str>, bool), state_of_person: &dyn Fn(usize, usize) -> Option<usize>) -> Option<PostReading> {
    let lex = doc.lex;
    let text = doc.text;
    let post = &lex.posts[post_idx];
    // "a prime minister-in-waiting", "the president-elect": a post not yet held.
    let after = text.as_bytes()[s.end..].get(..11).unwrap_or(&text.as_bytes()[s.end..]);
    if ["-in-waiting", "-elect", "-designate", " in waiting"].iter().any(|suffix| after.len() >= suffix.len() && after[..suffix.len()].eq_ignore_ascii_case(suffix.as_bytes())) {
        return None;
    }
    let first = token_at(tokens, s.start)?;
    let last = token_at(tokens, s.end.saturating_sub(1))?;
    let (mut country_idx, mut body_idx) = (None, None);
    // A public body the lexicon does not list named with the title, and its state.
    let mut named_body: Option<(&str, Option<usize>)> = None;
    let named_state = |sp: &Spot| match sp.hit {
        Hit::NamedBody { country, .. } => country,
        _ => None,
    };
    let mut ministry_at_home = false;
    let (mut shadow, mut definite) = (false, false);
    // "deputy", "acting", "assistant" before the title, as the text writes it.
    let mut deputy: Option<&str> = None;
    // Whether a state or body possesses the title ("Labour's shadow home secretary").
    let (mut possessive, mut possessed) = (false, false);
    // "a government spokeswoman": the title is the government's, of no state the phrase names.
    let mut of_government = false;
    // "ex-foreign secretary", "ex-UKIP MEP": a hyphenated "ex" before the title.
    let mut former = text[..s.start].ends_with("ex-") || text[..s.start].ends_with("Ex-");
    let mut org_before = false;
    let company_post = lex.is_company_post(&post.label);
    let mut qualifiers: Vec<&str> = Vec::new();
    let mut span_start = s.start;
    let mut k = first;
    // Up to two other words may stand between a title and what qualifies it ("Chinese
    // counterpart Minister", "Former Cabinet minister"); they count only if a qualifier
    // is found before them.
    let (mut pending, mut settled) = (0, (k, span_start));
    while k > 0 {
        let t = &tokens[k - 1];
        let w = t.text(text);
        let lw = w.to_lowercase();
        // "The Conservatives' shadow business secretary": a bare apostrophe after a final "s".
        let bare_apostrophe = (w == "'" || w == "’") && k >= 2 && tokens[k - 2].end == t.start && tokens[k - 2].text(text).ends_with('s');
        if w == "'s" || w == "’s" || bare_apostrophe {
            possessive = true;
            k -= 1;
            continue;
        }
        if lw.starts_with("ex-") {
            former = true;
        }
        // "Emmanuel Macron's interior minister, Gérald Darmanin,": a person possesses the title;
        // the post is in the state of that person's own post.
        // ("Ramaphosa's spokesman Vincent Magwenya": a surname alone, once the person is placed.)
        if possessive {
            let name = doc.names.get(doc.names.partition_point(|n| n.end < t.end)).filter(|n| n.end == t.end);
            let state = state_of_person(name.map_or(t.start, |n| n.start), t.end);
            if name.is_some() || state.is_some() {
                possessed = true;
                if let Some(i) = state {
                    country_idx.get_or_insert(i);
                }
                break;
            }
        }
        // "China's foreign ministry said ... The ministry's spokeswoman, Mao Ning,", "A ministry
        // spokesman, Randhir Jaiswal,": the ministry named last, in this sentence or the two
        // before it.
        let modifies_title = k == first && doc.spot_overlapping(t.start, t.end).is_none();
        if (possessive || modifies_title) && lex.anaphor(&lw) == Some(Anaphor::Body(BodyKind::Ministry)) {
            let si = doc.sentences.partition_point(|r| r.end <= t.start);
            let window_start = doc.sentences[si.saturating_sub(2)].start;
            let named = doc.spots[..doc.spots.partition_point(|sp| sp.start < t.start)].iter().rev().take_while(|sp| sp.start >= window_start).find_map(|sp| match sp.hit {
                Hit::Ministry { body, country } => Some((body, country, sp.start)),
                _ => None,
            });
            if let Some((body, country, start)) = named {
                body_idx.get_or_insert(body);
                if country_idx.is_none() {
                    ministry_at_home = doc.home_placed_ministries.contains(&start);
                }
                country_idx.get_or_insert(country);
                possessed = true;
                span_start = t.start;
                settled = (k - 1, span_start);
                break;
            }
        }
        // "the country's culture minister", "the party's home affairs spokesman", "the bank's
        // governor": a word for a state or body, possessing the title, stands for one named before.
        if possessive && k >= 2 && tokens[k - 2].text(text).eq_ignore_ascii_case("the") {
            let si = doc.sentences.partition_point(|r| r.end <= t.start);
            let (body, country) = if lex.anaphor(&lw) == Some(Anaphor::Country) {
                // "Nigeria has asked the museum to return them, the country's culture minister
                // said": the state its sentence names first, else the one the sentence before
                // names first.
                let first_state_in = |from: usize, to: usize| {
                    doc.spots[doc.spots.partition_point(|sp| sp.start < from)..].iter().take_while(|sp| sp.end <= to).find_map(|sp| match sp.hit {
                        Hit::Gazetteer(GazetteerHit::CountryName(i)) => Some(i),
                        _ => None,
                    })
                };
                (None, first_state_in(doc.sentences[si].start, t.start).or_else(|| si.checked_sub(1).and_then(|b| first_state_in(doc.sentences[b].start, doc.sentences[b].end))))
            } else {
                // The party named last in this sentence or the one before ("The Liberal
                // Democrats called for an inquiry. The party's home affairs spokesman"); else the
                // body named last whose name's head is the word ("The European Commission ...
                // the commission's president", "the Bank of England ... the bank's governor").
                let headed = |label: &str| match label.split_once(" of ") {
                    Some((head, _)) => head.rsplit(' ').next().is_some_and(|h| h.eq_ignore_ascii_case(&lw)),
                    None => label.contains(' ') && label.rsplit(' ').next().is_some_and(|last| last.eq_ignore_ascii_case(&lw)),
                };
                let before = &doc.spots[..doc.spots.partition_point(|sp| sp.start < t.start)];
                let body = if lw == "party" {
                    last_party_named(doc, doc.sentences[si.saturating_sub(1)].start, t.start)
                } else {
                    before.iter().rev().find_map(|sp| match sp.hit {
                        Hit::Gazetteer(GazetteerHit::Body(b)) => doc.body_named(sp, b).filter(|&b| headed(&lex.bodies[b].label)),
                        _ => None,
                    })
                };
                // ("The British Museum ... The museum's chairman, George Osborne,": or a body the
                // lexicon does not list; an organisation's post is no state's.)
                if body.is_none() && lw != "party" {
                    let unlisted = before.iter().rev().find(|sp| matches!(sp.hit, Hit::NamedBody { party: false, .. }) && headed(text[sp.start..sp.end].trim_start_matches("the ")));
                    if let Some(sp) = unlisted {
                        named_body = Some((&text[sp.start..sp.end], named_state(sp)));
                        if !matches!(sp.hit, Hit::NamedBody { organisation: true, .. }) {
                            country_idx = country_idx.or(named_state(sp));
                        }
                        possessed = true;
                        span_start = tokens[k - 2].start;
                        settled = (k - 2, span_start);
                        break;
                    }
                }
                (body, body.and_then(|b| body_state(lex, b)))
            };
            if body.is_some() || country.is_some() {
                // (A party's portfolio, a body's own name, only qualifies the post: "the
                // party's Treasury spokesman".)
                if body.is_some() {
                    (body_idx, country_idx) = (body, country);
                } else {
                    country_idx = country_idx.or(country);
                }
                possessed = true;
                span_start = tokens[k - 2].start;
                settled = (k - 2, span_start);
                break;
            }
        }
        // "A Commission spokesperson" in a story that named the EU or the European Commission:
        // that body's; so is "Commission Executive Vice President", "the Commission's vice
        // president".
        let ranked = (k..first).all(|j| matches!(tokens[j].text(text), "Executive" | "executive" | "Senior" | "senior" | "First" | "first"));
        if (ranked || possessive) && is_capitalised(w) && doc.spot_overlapping(t.start, t.end).is_none() {
            let short = lex.short_body_name(w).filter(|&(body, with)| {
                doc.spots[..doc.spots.partition_point(|sp| sp.start < t.start)].iter().any(|sp| matches!(sp.hit, Hit::Gazetteer(GazetteerHit::Body(b)) if b == body || b == with))
            });
            if let Some((body, _)) = short {
                body_idx.get_or_insert(body);
                span_start = t.start;
                k -= 1;
                settled = (k, span_start);
                continue;
            }
        }
        // "Microsoft president Brad Smith", "GM's vice president", "the firm's chairman": a
        // capitalised word no list knows, right before a title that groups have too (not
        // opening the sentence) or possessing it, or a common noun possessing it that stands
        // for no state or body, names a group the post is in.
        let unknown_name = is_capitalised(w)
            && k >= 2
            && !lex.is_not_name(w)
            && !lex.is_first_name(w)
            && !lex.is_portfolio_word(&lw)
            && !lex.is_shadow(&lw)
            && !lex.is_former(&lw)
            && !lex.is_deputy(&lw);
        let group_noun = possessive && !is_capitalised(w) && matches!(lex.anaphor(&lw), None | Some(Anaphor::Body(BodyKind::Other)));
        // "senior vice president Robert Stearns": a state's vice president has no such rank.
        let corporate_rank = matches!(lw.as_str(), "senior" | "executive") && k == first;
        if (k == first || possessive)
            && company_post
            && w.chars().all(char::is_alphabetic)
            && doc.spot_overlapping(t.start, t.end).is_none()
            && !lex.is_state_noun(&lw)
            && (unknown_name || group_noun || corporate_rank)
        {
            org_before = true;
        }
        // "The Taliban's chief spokesman": a bare "chief" before a title only ranks it.
        let ranking_chief = lw == "chief" && matches!(doc.spot_overlapping(t.start, t.end).map(|sp| sp.hit), Some(Hit::Title(_)));
        if let Some(spot) = doc.spot_overlapping(t.start, t.end.max(t.start + 1)).filter(|_| !ranking_chief) {
            // ("China summoned Japan's ambassador": nothing before a possessor qualifies the title.)
            let possessor = possessive && matches!(spot.hit, Hit::Gazetteer(_));
            possessed |= possessor;
            possessive = false;
            match spot.hit {
                Hit::Gazetteer(GazetteerHit::CountryName(i) | GazetteerHit::CountryAdjective(i) | GazetteerHit::CountryCapital(i)) => {
                    country_idx.get_or_insert(i);
                    // "Malaysian Plantation Minister Fadillah Yusof": one capitalised word
                    // between a state and a bare "Minister" names the portfolio, whether or not
                    // the lexicon knows it.
                    let portfolio = (pending == 1 && qualifiers.is_empty() && post.label == "Minister").then(|| first.checked_sub(1).map(|p| &tokens[p])).flatten().filter(|p| {
                        let w = p.text(text);
                        is_capitalised(w) && w.chars().all(char::is_alphabetic) && !lex.is_not_name(w) && !lex.is_first_name(w) && doc.spot_covering(p).is_none()
                    });
                    if let Some(p) = portfolio {
                        qualifiers.push(p.text(text));
                    }
                }
                Hit::Gazetteer(GazetteerHit::Body(b)) => {
                    if let Some(b) = doc.body_named(spot, b) {
                        body_idx.get_or_insert(b);
                    }
                }
                Hit::Gazetteer(GazetteerHit::BodySeat(b)) => {
                    body_idx.get_or_insert(b);
                }
                // "China's foreign ministry spokesman Lin Jian".
                Hit::Ministry { body, country } => {
                    body_idx.get_or_insert(body);
                    if country_idx.is_none() {
                        ministry_at_home = doc.home_placed_ministries.contains(&spot.start);
                    }
                    country_idx.get_or_insert(country);
                }
                // "Russian Foreign Ministry spokeswoman Maria Zakharova": a body the lexicon
                // does not list places the post in its country.
                Hit::NamedBody { organisation: false, country: Some(i), .. } => {
                    country_idx.get_or_insert(i);
                    named_body = Some((&text[spot.start..spot.end], Some(i)));
                    span_start = spot.start.min(t.start);
                    settled = (token_at(tokens, spot.start).unwrap_or(k - 1), span_start);
                    break;
                }
                Hit::Title(_) | Hit::NamedBody { .. } => break,
            }
            span_start = spot.start.min(t.start);
            k = token_at(tokens, spot.start).map_or(k - 1, |j| j.min(k - 1));
            pending = 0;
            settled = (k, span_start);
            if possessor {
                // (But an article before it is read: "the IMF's managing director, Rodrigo de Rato,".)
                if let Some(article) = k.checked_sub(1).map(|j| &tokens[j]).filter(|a| matches!(a.text(text), "the" | "The" | "a" | "A" | "an" | "An")) {
                    definite = article.text(text).eq_ignore_ascii_case("the");
                    span_start = article.start;
                    settled = (k - 1, span_start);
                }
                break;
            }
            continue;
        }
        if lex.is_shadow(&lw) {
            shadow = true;
        } else if lex.is_former(&lw) || lw == "ex" {
            former = true;
        } else if lex.is_deputy(&lw) {
            deputy = Some(w);
        } else if lw == "government" && k == first && !(k >= 2 && lex.portfolio_ministry(&format!("{} government", tokens[k - 2].text(text).to_lowercase())).is_some()) {
            // ("local government spokeswoman": unless it ends a portfolio.)
            of_government = true;
        } else if lex.is_portfolio_word(&lw) && pending == 0 {
            qualifiers.insert(0, w);
        } else if pending == 0 && qualifiers.first() == Some(&"Affairs") && is_capitalised(w) && w.chars().all(char::is_alphabetic) && !lex.is_not_name(w) && !lex.is_first_name(w) {
            // "Constitutional Affairs Minister", "Consumer Affairs Minister": the word before
            // "Affairs" names the portfolio whether or not the lexicon knows it.
            qualifiers.insert(0, w);
        } else if matches!(lw.as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their") {
            definite = lw == "the";
            if pending == 0 {
                span_start = t.start;
                settled = (k - 1, span_start);
            }
            break;
        } else if lw == "-" || lw == "senior" || lw == "opposition" || ranking_chief {
            // ("Kwaku Kwarteng, the opposition spokesman,": whose side the post is on is no
            // word that ends the title's phrase.)
        } else if pending < 2 && w.chars().all(|c| c.is_alphabetic() || c == '-') && !lex.is_function_word(&lw) && !lex.cue(&lw).iter().any(|c| matches!(c, Cue::Speech | Cue::Demand | Cue::Reject | Cue::Fund | Cue::Receive)) {
            // "The Lib Dems called for Commons leader Peter Hain": a verb or preposition ends
            // the title's phrase.
            pending += 1;
            k -= 1;
            continue;
        } else {
            break;
        }
        span_start = t.start;
        k -= 1;
        if pending == 0 {
            settled = (k, span_start);
        } else if former || shadow || deputy.is_some() {
            pending = 0;
            settled = (k, span_start);
        }
    }
    let (k, span_start) = settled;
    // Unless a state is named before it ("a Rwandan government spokeswoman"), it is the home
    // state's, when the article is sure which that is (not in a story from many states).
    // ("Rwanda's government said it would not refund the money. ... government spokeswoman
    // Yolande Makolo said": the state whose government this sentence or the one before names.)
    if of_government && country_idx.is_none() && body_idx.is_none() {
        let si = doc.sentences.partition_point(|r| r.end <= s.start);
        let from = doc.sentences[si.saturating_sub(1)].start;
        let governed = doc.spots[..doc.spots.partition_point(|sp| sp.start < s.start)].iter().rev().take_while(|sp| sp.start >= from).find_map(|sp| match sp.hit {
            Hit::Gazetteer(GazetteerHit::CountryName(i) | GazetteerHit::CountryAdjective(i)) => {
                let after = &text[sp.end..];
                let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).unwrap_or(after);
                after.trim_start().get(..10).is_some_and(|w| w.eq_ignore_ascii_case("government")).then_some(i)
            }
            _ => None,
        });
        country_idx = governed;
    }
    if of_government && doc.home_sure && country_idx.is_none() && body_idx.is_none() {
        country_idx = home.and_then(|h| lex.country_index(h));
    }
    // A possessive pronoun before the title ("His", "Their") points back to its sentence and
    // the one before, at most.
    let sentence_before_start = || doc.sentences.get(doc.sentences.partition_point(|r| r.end <= s.start).saturating_sub(1)).map_or(0, |r| r.start);
    // "Taiwan's President Lai Ching-te said ... His spokeswoman, Karen Kuo,": the post is in the
    // state of the person named last before it.
    if matches!(tokens[k].text(text), "His" | "his" | "Her" | "her") && k + 1 == first && country_idx.is_none() && body_idx.is_none() {
        let window_start = sentence_before_start();
        if let Some(name) = doc.names[..doc.names.partition_point(|n| n.end <= s.start)].last().filter(|n| n.start >= window_start) {
            possessed = true;
            country_idx = state_of_person(name.start, name.end);
        }
    }
    // "The Liberal Democrats called on the chancellor to act. Their Treasury spokeswoman,
    // Daisy Cooper,": "their" before a post is the party named last, in this sentence or the
    // one before (its portfolio, here a body's name, only qualifies the post).
    if matches!(tokens[k].text(text), "Their" | "their") {
        if let Some(b) = last_party_named(doc, sentence_before_start(), tokens[k].start) {
            body_idx = Some(b);
            country_idx = body_state(lex, b);
            possessed = true;
        }
    }
    // "British Foreign Secretary David Lammy and Defence Secretary John Healey": a title joined
    // right after a placed holder's name is in the same state.
    if country_idx.is_none() && body_idx.is_none() && k == first && first >= 2 && tokens[first - 1].text(text) == "and" {
        let name_end = tokens[first - 2].end;
        if let Some(name) = name_ending_at(doc, name_end) {
            if titled_right_before(doc, name) {
                country_idx = state_of_person(name.start, name.end);
            }
        }
    }
    // "Australia's Deputy Prime Minister Richard Marles, who is also defence minister": a
    // second post of the person the relative clause describes is in the state of their first.
    if country_idx.is_none() && body_idx.is_none() {
        let word = |j: usize| tokens.get(j).map_or("", |t| t.text(text));
        let mut j = first;
        while j > 0 && matches!(word(j - 1), "also" | "now" | "still" | "the" | "a" | "an") {
            j -= 1;
        }
        if j >= 4 && matches!(word(j - 1), "is" | "was") && word(j - 2) == "who" && word(j - 3) == "," {
            let name_end = tokens[j - 4].end;
            if let Some(name) = name_ending_at(doc, name_end) {
                country_idx = state_of_person(name.start, name.end);
            }
        }
    }
    // "Guyana has asked the court to act, its foreign minister said": the state its sentence
    // opens with (not "Gazprom cut supplies to Ukraine, its chief executive said").
    // ("Sudan has called for a deal. Its prime minister, Abdalla Hamdok,": the sentence before's,
    // when "Its" opens the sentence.)
    if matches!(tokens[k].text(text), "its" | "Its") && k + 1 == first && country_idx.is_none() && body_idx.is_none() {
        let opens_sentence = k == 0;
        let sentence_start = if opens_sentence { sentence_before_start() } else { tokens.first().map_or(s.start, |t| t.start) };
        // (After a dateline: "GEORGETOWN (Reuters) - Guyana has asked".)
        let after_dateline = super::dateline_end(&text[sentence_start..]).and_then(|end| tokens.iter().find(|t| t.start >= sentence_start + end)).map(|t| t.start);
        let opens = |start: usize| start == sentence_start || Some(start) == after_dateline || text[sentence_start..start].eq_ignore_ascii_case("the ");
        let opening = doc.spots[doc.spots.partition_point(|sp| sp.start < sentence_start)..].iter().take_while(|sp| sp.end <= s.start).find(|sp| opens(sp.start));
        // ("The Philippine National Maritime Council rejected China's account. Its spokesperson,
        // Alexander Lopez,": or the body it opens with, and that body's state.)
        let place = opening.and_then(|sp| match sp.hit {
            Hit::Gazetteer(GazetteerHit::CountryName(i) | GazetteerHit::CountryCapital(i)) => Some((None, Some(i))),
            Hit::NamedBody { organisation: false, country: Some(i), .. } => Some((None, Some(i))),
            _ => body_placed_at(doc, sp).map(|(body, state)| (Some(body), state)),
        });
        if let Some((body, country)) = place {
            possessed = true;
            (body_idx, country_idx) = (body, country);
        }
    }
    // "Ethiopia's foreign ministry dismissed the letter. Spokesman Nebiat Getachew said": one
    // who speaks for a body, titled bare at the start of a sentence, speaks for the body the
    // sentence before opens with.
    // ("The Liberal Democrats say ... Home Affairs spokesman Mark Oaten also demanded": a
    // portfolio may come first.)
    if k == 0 && first == qualifiers.len() && country_idx.is_none() && body_idx.is_none() && lex.speaks_for(&post.label.to_lowercase()) {
        let si = doc.sentences.partition_point(|r| r.end <= s.start);
        let before = si.checked_sub(1).and_then(|b| doc.tokens.get(b).map(|t| (b, t)));
        if let Some((b, before)) = before.filter(|(_, t)| t.len() > 4) {
            let opening_end = before[3].end;
            let sentence_start = doc.sentences[b].start;
            let opening = doc.spots[doc.spots.partition_point(|sp| sp.start < sentence_start)..].iter().take_while(|sp| sp.start < opening_end).find_map(|sp| body_placed_at(doc, sp));
            if let Some((body, country)) = opening {
                (body_idx, country_idx) = (Some(body), country);
                possessed = true;
            }
        }
    }
    // "New York Attorney General Eliot Spitzer", "Ontario Premier Doug Ford": a state or
    // province right before the title places it in its country.
    let mut regional = false;
    if country_idx.is_none() && body_idx.is_none() {
        let word = |j: usize| tokens[j].text(text);
        let capitalised_before = |n: usize| first >= n && (first - n..first).all(|j| is_capitalised(word(j)));
        country_idx = [2, 1, 3]
            .into_iter()
            .filter(|&n| capitalised_before(n))
            .find_map(|n| lex.region_country(&(first - n..first).map(word).collect::<Vec<_>>().join(" ")));
        regional = country_idx.is_some();
    }
    // "Nato chief Mark Rutte", "IMF chief Kristalina Georgieva": a bare "chief" is a post only
    // right after the body it heads ("chief US economist", "Labour election chief" head nothing).
    // ("UN human rights chief Volker Turk", "UN aid chief Tom Fletcher": up to two lowercase
    // words may name what of an international body the chief heads.)
    let body_at = |j: usize| doc.spot_covering(&tokens[j]).and_then(|sp| match sp.hit {
        Hit::Gazetteer(GazetteerHit::Body(b)) => Some(b),
        _ => None,
    });
    let international_at = |j: usize| body_at(j).is_some_and(|b| matches!(lex.bodies[b].kind, BodyKind::International | BodyKind::Union));
    let lowercase_at = |j: usize| tokens[j].text(text).chars().all(|c| c.is_lowercase() || c == '-');
    let chief_of_words = (1..=2).find(|&n| first > n && (first - n..first).all(lowercase_at) && international_at(first - n - 1));
    let body_right_before = first > 0 && (body_at(first - 1).is_some() || chief_of_words.is_some());
    if text[s.start..s.end].eq_ignore_ascii_case("chief") && !body_right_before {
        return None;
    }
    let before_title = k;
    // "Paris was more subdued, with finance minister Herve Gaymard telling parliament": after
    // ", with", a title is the post of the state the sentence opens with; so is one whose
    // holder says what the sentence reports ("Germany will give Ukraine €5bn, Defence
    // Minister Boris Pistorius announced").
    let with = k >= 2 && tokens[k - 1].text(text) == "with" && tokens[k - 2].text(text) == ",";
    let attribution = k >= 1 && tokens[k - 1].text(text) == "," && {
        let holder_end = doc.names.get(doc.names.partition_point(|n| n.start < s.end)).filter(|n| text[s.end..n.start].trim().is_empty()).map(|n| n.end);
        let verb = holder_end.and_then(|e| tokens.iter().find(|t| t.start > e)).map(|t| t.text(text).to_lowercase());
        verb.is_some_and(|v| lex.cue(&v).contains(&Cue::Speech))
    };
    if body_idx.is_none() && country_idx.is_none() && (with || attribution) {
        let comma = if with { k - 2 } else { k - 1 };
        let opening = tokens[..comma].iter().find(|t| !super::events::is_sentence_lead(&t.text(text).to_lowercase()));
        if let Some(Hit::Gazetteer(GazetteerHit::CountryName(i) | GazetteerHit::CountryCapital(i) | GazetteerHit::CountryAdjective(i))) =
            opening.and_then(|t| doc.spot_overlapping(t.start, t.end)).filter(|sp| opening.is_some_and(|t| sp.start == t.start)).map(|sp| sp.hit)
        {
            country_idx = Some(i);
        }
    }
    // "party leader Roger Knapman": the party is the one the article last named; so is it for
    // "The Liberal Democrats have demanded a vote. Their leader, Sir Ed Davey, said".
    let their = matches!(tokens[k].text(text), "Their" | "their") && k + 1 == first;
    if body_idx.is_none() && country_idx.is_none() && first > 0 && (tokens[first - 1].text(text) == "party" || their) {
        let earlier = &doc.spots[..doc.spots.partition_point(|sp| sp.start < s.start)];
        let window_start = if their { sentence_before_start() } else { 0 };
        let last_party = earlier.iter().rev().take_while(|sp| sp.start >= window_start).find_map(|sp| match sp.hit {
            Hit::Gazetteer(GazetteerHit::Body(b)) if lex.bodies[b].kind == BodyKind::Party => Some((Some(b), None)),
            Hit::NamedBody { party: true, country, .. } => Some((None, country)),
            _ => None,
        });
        if let Some((b, c)) = last_party {
            (body_idx, country_idx) = (b, c);
            possessed |= their;
        }
    }
    // "... of France", "... of the British Chambers of Commerce".
    let mut after = last + 1;
    // "vice president of marketing", "head of equity research": a department's post, in a
    // group (not "head of state").
    let in_department = company_post
        && tokens.get(after).is_some_and(|t| matches!(t.text(text), "of" | "for"))
        && tokens.get(after + 1).is_some_and(|t| {
            let w = t.text(text);
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(w, "the" | "his" | "her" | "its" | "their" | "our" | "this" | "that" | "these" | "those")
                && !lex.is_function_word(w)
                && !lex.is_state_noun(w)
        });
    // "the Russian ambassador to London, Andrei Kelin,", "the Chinese consul general in Osaka,
    // Xue Jian,": where a post is held is no part of whose it is.
    if tokens.get(after).is_some_and(|t| matches!(t.text(text), "to" | "in")) {
        let j = if tokens.get(after + 1).is_some_and(|t| t.text(text) == "the") { after + 2 } else { after + 1 };
        if let Some(place) = tokens.get(j).and_then(|t| doc.spot_overlapping(t.start, t.end).filter(|sp| sp.start == t.start && matches!(sp.hit, Hit::Gazetteer(_)))) {
            after = token_at(tokens, place.end.saturating_sub(1)).map_or(after, |e| e + 1);
        } else if let Some(k) = (j..j + 2).find(|&k| tokens.get(k + 1).is_some_and(|t| t.text(text) == ",")) {
            // A city no list knows, set off by a comma before the holder's name.
            if (j..=k).all(|w| tokens.get(w).is_some_and(|t| is_capitalised(t.text(text)))) {
                after = k + 1;
            }
        }
    }
    // "the Liberal Democrats' spokesman on home affairs, Mark Oaten,": the portfolio after a
    // spokesperson's title names the post as one before it does ("home affairs spokesman").
    let mut portfolio_after: Vec<&str> = Vec::new();
    if lex.speaks_for(&post.label.to_lowercase()) && tokens.get(after).is_some_and(|t| t.text(text) == "on") {
        let words: Vec<&str> = tokens[after + 1..].iter().take(4).map(|t| t.text(text)).take_while(|w| lex.is_portfolio_word(&w.to_lowercase()) || *w == "and").collect();
        let words = &words[..words.iter().rposition(|w| *w != "and").map_or(0, |p| p + 1)];
        if !words.is_empty() {
            portfolio_after = words.iter().copied().filter(|w| *w != "and").collect();
            after += 1 + words.len();
        }
    }
    let mut org_label: Option<String> = None;
    // Whether the organisation was found by its head word ("Unison" is not).
    let mut org_spotted = false;
    // Whether a state or body the title is of or for follows it ("a spokesperson for the
    // German government").
    let mut qualified_after = false;
    // "Russia's envoy to the agency, Mikhail Ulyanov,", "Britain's ambassador to France, Jane
    // Smith,": where an envoy is posted says nothing of whose envoy it is; the apposition
    // after it names the envoy.
    if post.posted && tokens.get(after).is_some_and(|t| t.text(text) == "to") {
        if let Some(comma) = (after + 1..(after + 6).min(tokens.len())).find(|&c| tokens[c].text(text) == ",") {
            after = comma;
            qualified_after = true;
        }
    } else if tokens.get(after).is_some_and(|t| matches!(t.text(text), "of" | "at" | "for")) {
        // "vice president of marketing at Ford": a company's department comes before the
        // company.
        if tokens[after].text(text) == "of" {
            let lowercase = |k: usize| tokens.get(k).is_some_and(|t| t.text(text).chars().all(char::is_lowercase));
            if let Some(at) = (after + 2..after + 5).take_while(|&k| lowercase(k - 1)).find(|&k| tokens.get(k).is_some_and(|t| t.text(text) == "at") && tokens.get(k + 1).is_some_and(|t| is_capitalised(t.text(text)))) {
                after = at;
            }
        }
        let mut j = after + 1;
        if tokens.get(j).is_some_and(|t| t.text(text) == "the") {
            j += 1;
        }
        if let Some(t) = tokens.get(j) {
            // "head of the Turkish Central Bank", "of China's foreign ministry": the body the
            // state's word places is what the post is in.
            let placed_after = |sp: &Spot| {
                let next = doc.spots.get(doc.spots.partition_point(|n| n.start < sp.end))?;
                let gap = text.get(sp.end..next.start)?;
                (matches!(sp.hit, Hit::Gazetteer(GazetteerHit::CountryName(_) | GazetteerHit::CountryAdjective(_))) && matches!(next.hit, Hit::Ministry { .. }) && matches!(gap.trim(), "" | "'s" | "’s")).then_some(next)
            };
            let spot = doc.spot_overlapping(t.start, t.end).filter(|sp| sp.start == t.start).map(|sp| placed_after(sp).unwrap_or(sp));
            if let Some(spot) = spot {
                // "leader of Britain's biggest union": the country owns what the post is in, which
                // is not the state unless a state noun says so ("of Britain's government").
                let possessor = after_possessive(&text[spot.end..]).is_some();
                let owned_noun = tokens.iter().find(|n| n.start > spot.end + 2).map_or("", |n| n.text(text));
                let owns_other = possessor && !lex.is_state_noun(&owned_noun.to_lowercase());
                let spot_end = token_at(tokens, spot.end.saturating_sub(1)).map_or(j, |e| e + 1);
                // "a spokesperson for the German government": a demonym and a state noun.
                let state_noun_after = tokens.get(spot_end).is_some_and(|n| lex.is_state_noun(&n.text(text).to_lowercase()));
                qualified_after = true;
                // "director general of Nigeria's National Commission for Museums and Monuments",
                // "leader of Poland's ruling Law and Justice party": a public body or party the
                // state possesses is that state's.
                let owned_body = owns_other
                    .then(|| {
                        let first = (spot_end + 1..(spot_end + 3).min(tokens.len())).find(|&k| !tokens[k].text(text).chars().all(char::is_lowercase))?;
                        let body_start = tokens[first].start;
                        let owned = doc.spot_overlapping(body_start, body_start + 1).filter(|b| b.start == body_start)?;
                        matches!(owned.hit, Hit::NamedBody { organisation: false, .. } | Hit::Gazetteer(GazetteerHit::Body(_))).then_some(owned)
                    })
                    .flatten();
                match spot.hit {
                    Hit::Gazetteer(GazetteerHit::CountryName(i)) if owned_body.is_some() => {
                        country_idx = country_idx.or(Some(i));
                        match owned_body.map(|b| &b.hit) {
                            Some(Hit::Gazetteer(GazetteerHit::Body(b))) => body_idx = body_idx.or(Some(*b)),
                            _ => named_body = owned_body.map(|b| (&text[b.start..b.end], named_state(b))),
                        }
                    }
                    Hit::Gazetteer(GazetteerHit::CountryAdjective(i)) if state_noun_after => country_idx = country_idx.or(Some(i)),
                    Hit::Gazetteer(GazetteerHit::CountryName(i)) if !owns_other => country_idx = country_idx.or(Some(i)),
                    Hit::Gazetteer(GazetteerHit::Body(b)) => body_idx = body_idx.or(Some(b)),
                    Hit::Ministry { body, country } => (body_idx, country_idx) = (body_idx.or(Some(body)), country_idx.or(Some(country))),
                    // "leader of the London Assembly Conservatives": the body's country.
                    // "chief executive of the British Chambers of Commerce": a company post.
                    Hit::NamedBody { organisation: true, .. } => {
                        org_label = Some(text[spot.start..spot.end].to_owned());
                        org_spotted = true;
                    }
                    Hit::NamedBody { country: Some(i), .. } => {
                        country_idx = country_idx.or(Some(i));
                        named_body = Some((&text[spot.start..spot.end], Some(i)));
                    }
                    Hit::NamedBody { country: None, .. } => named_body = Some((&text[spot.start..spot.end], None)),
                    _ => qualified_after = false,
                }
                after = spot_end + usize::from(state_noun_after && matches!(spot.hit, Hit::Gazetteer(GazetteerHit::CountryAdjective(_))));
                let named = owned_body.unwrap_or(spot);
                if owned_body.is_some() {
                    after = token_at(tokens, named.end.saturating_sub(1)).map_or(after, |e| e + 1);
                }
                let party = match named.hit {
                    Hit::Gazetteer(GazetteerHit::Body(b)) => lex.bodies[b].kind == BodyKind::Party,
                    Hit::NamedBody { party, .. } => party,
                    _ => false,
                };
                // "The leader of the Conservative party, Michael Howard,", "head of Nigeria's
                // National Commission for Museums and Monuments, Abba Tijani,": the rest of a
                // name the lists know only in part, up to the apposition's comma.
                if party || owned_body.is_some() {
                    let rest = |w: &str| is_capitalised(w) || matches!(w, "and" | "of" | "for") || (party && w == "party");
                    if let Some(comma) = (after..(after + 5).min(tokens.len())).find(|&k| tokens[k].text(text) == ",").filter(|&c| (after..c).all(|k| rest(tokens[k].text(text)))) {
                        after = comma;
                    }
                }
                // "The head of Hamas's political bureau, Ismail Haniyeh,": what the body owns
                // comes before the apposition.
                if tokens.get(after).is_some_and(|t| matches!(t.text(text), "'s" | "’s")) {
                    let owned_end = (after + 1..(after + 4).min(tokens.len())).take_while(|&k| tokens[k].text(text).chars().all(char::is_lowercase)).last();
                    if let Some(comma) = owned_end.map(|k| k + 1).filter(|&c| tokens.get(c).is_some_and(|t| t.text(text) == ",")) {
                        after = comma;
                    }
                }
            } else if is_capitalised(t.text(text)) && !(lex.speaks_for(&post.label.to_lowercase()) && doc.names.get(doc.names.partition_point(|n| n.start < t.start)).is_some_and(|n| n.start == t.start)) {
                // (Not "a spokesman for Michael Howard": a person is no group.)
                let mut e = j;
                while tokens.get(e + 1).is_some_and(|n| {
                    let w = n.text(text);
                    is_capitalised(w) || ((w == "of" || w == "and" || w == "for") && tokens.get(e + 2).is_some_and(|m| is_capitalised(m.text(text))))
                }) {
                    e += 1;
                }
                // "Secretary of State for Culture": a portfolio, not a group the post is in.
                let portfolio_after_for = tokens[after].text(text) == "for" && lex.is_portfolio_word(&t.text(text).to_lowercase());
                if !portfolio_after_for {
                    // ("envoy for the Middle East": a region is where the post serves, not a group.)
                    if !lex.is_place(&text[t.start..tokens[e].end]) {
                        org_label = Some(text[t.start..tokens[e].end].to_owned());
                    }
                } else {
                    // "Secretary of State for Culture, Media and Sport, Tessa Jowell,": a list of
                    // portfolios, its last joined by "and".
                    let capitalised_at = |k: usize| tokens.get(k).is_some_and(|n| is_capitalised(n.text(text)));
                    let run_end = |mut k: usize| {
                        while capitalised_at(k + 1) {
                            k += 1;
                        }
                        k
                    };
                    let mut m = e;
                    while tokens.get(m + 1).is_some_and(|n| n.text(text) == ",") && capitalised_at(m + 2) {
                        m = run_end(m + 2);
                        if tokens.get(m + 1).is_some_and(|n| n.text(text) == "and") && capitalised_at(m + 2) {
                            e = run_end(m + 2);
                            break;
                        }
                    }
                }
                after = e + 1;
            }
        }
    }

    // A post in an international body (an MEP) belongs to no state, whatever its party; nor
    // does one in a company, union or charity ("Unison general secretary").
    // "European Council President Charles Michel": the body named with the title counts too.
    // "China's UN ambassador": an envoy's post is the state's, held at the body of states.
    if post.posted && country_idx.is_some() && body_idx.is_some_and(|b| matches!(lex.bodies[b].kind, BodyKind::Union | BodyKind::International)) {
        body_idx = None;
    }
    let stateless = post.stateless
        || post
        .body
        .as_deref()
        .and_then(|b| lex.body_index(b))
        .into_iter()
        .chain(body_idx)
        .any(|b| matches!(lex.bodies[b].kind, BodyKind::Union | BodyKind::International | BodyKind::Other));
    // "chairman of the Commission for Racial Equality": a public body the lexicon does not
    // know, named after the title, is the article's country's unless its name says otherwise.
    let unlisted_public_body = org_label.as_deref().or(named_body.map(|(name, _)| name)).is_some_and(|org| {
        let words: Vec<&str> = org.split_whitespace().collect();
        lex.names_public_body(&words) && !words.iter().any(|w| lex.is_international_word(&w.to_lowercase()))
    });
    // "president of the National Farmers Union": a post in a company, union or charity is no
    // state's, wherever the story comes from.
    // A capitalised name no list knows, after a title only states have, is as often its
    // portfolio ("Shadow Secretary of State for the Family").
    let in_group = org_label.is_some() && !unlisted_public_body && (org_spotted || company_post);
    let stateless = stateless || org_before || in_department || in_group;
    // "King Mohammed VI of Morocco", "President Kassym-Jomart Tokayev of Kazakhstan": a state
    // named right after the holder named right after the title.
    if country_idx.is_none() && body_idx.is_none() {
        country_idx = state_after_holder(doc, s.end);
    }
    // "Budget Commissioner Piotr Serafin" in a story that names the European Commission: a
    // commissioner by portfolio, placed nowhere else, is one of the Commission's; so is a bare
    // "Commissioner Maros Sefcovic" once the story has named it.
    let portfolio_before = || first > 0 && is_capitalised(tokens[first - 1].text(text)) && doc.spot_covering(&tokens[first - 1]).is_none() && name_ending_at(doc, tokens[first - 1].end).is_none();
    if country_idx.is_none() && body_idx.is_none() && !stateless && post.label == "Commissioner" {
        let named_at = lex.body_index("European Commission").and_then(|c| doc.spots.iter().find(|sp| sp.hit == Hit::Gazetteer(GazetteerHit::Body(c))).map(|sp| (c, sp.start)));
        body_idx = named_at.filter(|&(_, at)| !qualifiers.is_empty() || portfolio_before() || at < s.start).map(|(commission, _)| commission);
    }
    // ("KYIV/WARSAW ... Agriculture Minister Robert Telus said Warsaw": of a two-sided
    // dateline, the side the sentences around the title name is its home.)
    // ("A Downing Street spokesman said Prime Minister Boris Johnson had spoken": in a story
    // whose home is a guess, the state whose seat of this post the sentence names.)
    let seat_state = || {
        doc.spots_in(tokens).find_map(|sp| match sp.hit {
            Hit::Gazetteer(GazetteerHit::Body(b)) => {
                let c = lex.bodies[b].country.as_deref()?;
                let (_, seat) = lex.post_variant(&post.label, c)?;
                (seat == Some(lex.bodies[b].label.as_str())).then_some(c)
            }
            _ => None,
        })
    };
    let side = doc.dateline_side(s.start);
    let home = side.map(|i| lex.countries[i].iso2.as_str()).or_else(|| (!doc.home_sure).then(seat_state).flatten()).or(home);
    // ("Foreign Secretary Juan Ramon de la Fuente" in a story from Mexico that names no Britain.)
    let home_instead = || home.filter(|h| post.also_home_in.iter().any(|c| c == h) && !post.country.as_ref().is_some_and(|c| doc.countries_named.contains(c))).map(str::to_owned);
    let usage = || post.before_name.clone().filter(|_| !stateless && !definite && qualifiers.is_empty() && name_right_after(doc, s.end).is_some());
    let read_country = country_idx
        .filter(|_| !stateless)
        .map(|i| lex.countries[i].iso2.clone())
        .or_else(|| body_idx.filter(|_| !stateless).and_then(|b| lex.bodies[b].country.clone()))
        .or_else(usage)
        .or_else(home_instead)
        // ("KYIV/WARSAW ... Trade Representative Taras Kachka": a post the lexicon gives a state
        // the story never names is the dateline side's, when the story is from two sides.)
        .or_else(|| post.country.clone().filter(|c| doc.countries_named.contains(c) || side.is_none()))
        .or_else(|| side.filter(|_| post.country.is_some()).map(|i| lex.countries[i].iso2.clone()))
        .or_else(|| post.sole_state.clone().filter(|_| !stateless));
    // A state's post ("New York Senator") does not make the nation's post taken: it counts as
    // guessed when another's post is weighed against it.
    // ("Foreign ministry spokesman Wang Wenbin": so is a ministry's country when it is the
    // home country only because no state was named with it.)
    let guessed_country = read_country.is_none() || regional || ministry_at_home;
    // ("Mexico's President Claudia Sheinbaum" elsewhere: Mexico's president is someone else.)
    let taken = std::cell::OnceCell::new();
    let taken = || taken.get_or_init(|| states_giving_post_to_another(doc, post_idx, s));
    let country = read_country
        .or_else(|| home.filter(|_| unlisted_public_body && !stateless).map(str::to_owned))
        .or_else(|| match (&post.home_fallback, home) {
            // ("Venezuela's President Nicolas Maduro" elsewhere in a story from Caracas: not
            // the home state's, then.)
            (Some(except), Some(h)) if !(except.iter().any(|c| c == h) || stateless || post.named_fallback && taken().iter().any(|c| c == h)) => Some(h.to_owned()),
            // "Culture Minister Alun Pugh" in a story naming the Welsh Assembly: a devolved
            // government's minister is the home state's.
            (Some(_), Some(h)) if !stateless && home_devolved => Some(h.to_owned()),
            // "President George Bush" in a British story: the one other country the story
            // names (a capital may be just a place: "the Doha talks") that has such a post,
            // when the title names no body ("President of the Family Division").
            (Some(except), Some(_)) if post.named_fallback && !stateless && !shadow && body_idx.is_none() && org_label.is_none() && named_body.is_none() => {
                let only = |named: &[&String]| match named {
                    [one] => Some((*one).clone()),
                    _ => None,
                };
                let others: Vec<&String> = doc.countries_named.iter().filter(|c| !except.contains(c) && !taken().contains(c)).collect();
                // With several, the one the title's own sentence names ("Starmer pressed
                // President Emmanuel Macron to stop crossings from northern France"), for a
                // title before a name ("the prime minister said ... since the war in
                // Afghanistan" speaks of the story's own).
                // The one of them a sentence's tokens name.
                let named_in = |sentence: &[Token]| {
                    let mut named: Vec<&String> = doc.spots_in(sentence).filter_map(|sp| match sp.hit {
                        Hit::Gazetteer(GazetteerHit::CountryName(i) | GazetteerHit::CountryAdjective(i)) => others.iter().copied().find(|c| **c == lex.countries[i].iso2),
                        _ => None,
                    }).collect();
                    named.sort_unstable();
                    named.dedup();
                    only(&named)
                };
                let in_sentence = || (!definite).then(|| named_in(tokens)).flatten();
                // ("The United States has imposed sanctions ... Secretary of State Antony Blinken
                // called on": else the one the sentence before names.)
                let in_sentence_before = || {
                    // (Only for a title with the name right after it: "Christoph Caselitz,
                    // president of the mobile networks division" is no state's.)
                    (!definite && name_right_after(doc, s.end).is_some()).then_some(())?;
                    let si = doc.sentences.partition_point(|r| r.end <= s.start).checked_sub(1)?;
                    named_in(&doc.tokens[si])
                };
                only(&others).or_else(in_sentence).or_else(in_sentence_before)
            }
            // Shadow posts belong to the article's own parliament.
            (_, Some(h)) if shadow && !stateless => Some(h.to_owned()),
            _ => None,
        });
    // "Ontario Premier Doug Ford": a region's premier is no prime minister.
    let mut label = if regional && text[s.start..s.end].eq_ignore_ascii_case("premier") { "Premier".to_owned() } else { post.label.clone() };
    let mut body_label = post.body.clone();
    if let Some(c) = country.as_ref().filter(|_| !regional) {
        if let Some((l, b)) = lex.post_variant(&post.label, c) {
            label = l.to_owned();
            if b.is_some() {
                body_label = b.map(str::to_owned);
            }
        }
    }
    // "the EU's trade commissioner", "EU trade commissioner Peter Mandelson": a post the
    // lexicon places in a body of its own is in that body, not in the bloc named with it.
    // "EU development commissioner Louis Michel": a generic post the bloc qualifies is held in
    // the bloc's own body (post-variants.tsv).
    if let Some((_, Some(b))) = body_idx.filter(|&b| lex.is_bloc(&lex.bodies[b].label)).and_then(|b| lex.post_variant(&post.label, &lex.bodies[b].label)) {
        body_label = Some(b.to_owned());
    }
    let title_body = body_label.as_deref().and_then(|l| lex.body_index(l));
    if let (Some(b), Some(own)) = (body_idx, title_body) {
        if b != own && lex.is_bloc(&lex.bodies[b].label) {
            if lex.bodies[b].kind == lex.bodies[own].kind {
                body_idx = Some(own);
            } else {
                // "Ecowas Commission President Omar Touray": another bloc's commission is not
                // the EU's; the post is the title's last word, in that bloc.
                let title = &text[s.start..s.end];
                label = capitalise(title.rsplit(' ').next().unwrap_or(title));
                body_label = None;
            }
        }
    }
    // A shadow post is in no department: its title's department is not named either. Nor is
    // another state's post in it: "India's Defence Minister" is in India's ministry of that
    // name, a "Philippine National Security Adviser" in no White House.
    let body_of_title = body_label.as_deref().and_then(|l| lex.body_index(l)).filter(|_| !shadow);
    let foreign_title_body = body_idx.is_none() && body_of_title.is_some_and(|b| lex.bodies[b].country.is_some() && country.is_some() && lex.bodies[b].country != country);
    let mut body = match body_idx.or(body_of_title) {
        // "Mexican Foreign Secretary": the ministry of the title's portfolio by its common name
        // (not Britain's "Foreign Office"), else one of the lexicon body's name.
        Some(b) if foreign_title_body => (lex.bodies[b].kind == BodyKind::Ministry).then(|| {
            match post.label.rsplit_once(' ').and_then(|(portfolio, _)| lex.portfolio_ministry(&portfolio.to_lowercase())) {
                Some(ministry) => reg.body(lex, ministry, country.as_deref()),
                None => reg.get(EntityKind::Body, &lex.bodies[b].label, country.as_deref(), Some(BodyKind::Ministry)),
            }
        }),
        Some(b) => Some(reg.body(lex, b, country.as_deref())),
        None => None,
    };
    if body.is_none() {
        if let Some(org) = org_label {
            body = Some(reg.get(EntityKind::Body, &org, None, Some(BodyKind::Other)));
        }
    }
    // "China Coast Guard spokesperson Liu Dejun", "The museum's chairman": a body the lexicon
    // does not list, named with the title, is the post's body (the entity its own mention made).
    if body.is_none() && !stateless {
        if let Some((name, state)) = named_body {
            body = Some(reg.get(EntityKind::Body, name.trim_start_matches("the "), state.map(|i| lex.countries[i].iso2.as_str()), None));
        }
    }
    // "UN human rights chief": what of the body the chief heads names the post.
    if let Some(n) = chief_of_words.filter(|_| text[s.start..s.end].eq_ignore_ascii_case("chief")) {
        let words: Vec<String> = (first - n..first).map(|j| capitalise(tokens[j].text(text))).collect();
        label = format!("{} Chief", words.join(" "));
    }
    // "foreign affairs spokesman": the portfolio qualifies a generic post.
    qualifiers.extend(portfolio_after.iter().copied());
    if !qualifiers.is_empty() && post.body.is_none() {
        let q: Vec<String> = qualifiers.iter().map(|w| capitalise(w)).collect();
        label = format!("{} {label}", q.join(" "));
    }
    if shadow {
        label = format!("Shadow {label}");
        if body_idx.is_none() {
            body = None;
        }
    }
    if let Some(rank) = deputy.map(capitalise).filter(|r| !label.starts_with(r.as_str())) {
        label = format!("{rank} {label}");
    }

    // Who holds it: "Title Name", "Name, the Title", "the Title, Name,".
    // Names are in text order: look only at the ones next to the title.
    let first_from = |pos: usize| doc.names.partition_point(|n| n.start < pos);
    let holder = doc.names[first_from(s.end)..]
        .iter()
        .take(2)
        .find(|n| {
            // The courtesy title may be this very title ("President Jacques Chirac").
            let begins = n.honorific_start.filter(|&h| h >= s.end).unwrap_or(n.start);
            // "Commissioner for Energy Dan Jorgensen": the portfolio may stand between.
            let portfolio_between = || {
                let between = text[s.end..begins].trim();
                if !portfolio_after.is_empty() {
                    return tokens.get(after).is_some_and(|t| t.start >= begins);
                }
                let words = between.strip_prefix("for ").or_else(|| between.strip_prefix("of "));
                words.is_some_and(|w| w.split(' ').all(|w| is_capitalised(w) && lex.is_portfolio_word(&w.to_lowercase())))
            };
            // "EU ambassador to the UK Pedro Serrano": an envoy's posting may stand between.
            let posting_between = || {
                let between = &text[s.end..begins];
                let inner = between.trim();
                let Some(place) = inner.strip_prefix("to ").map(|rest| rest.strip_prefix("the ").unwrap_or(rest)) else { return false };
                let place_start = s.end + (between.len() - between.trim_start().len()) + (inner.len() - place.len());
                let place_end = place_start + place.len();
                doc.spot_overlapping(place_start, place_end).is_some_and(|sp| {
                    sp.start == place_start
                        && sp.end == place_end
                        && matches!(sp.hit, Hit::Gazetteer(GazetteerHit::CountryName(_) | GazetteerHit::CountryCapital(_) | GazetteerHit::Body(_) | GazetteerHit::BodySeat(_)))
                })
            };
            // "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed": a second title of
            // the same holder, both capitalised (not "the prime minister and Defence Secretary
            // John Healey", two people).
            let second_title_between = || {
                let Some(rest) = text[s.end..begins].strip_prefix(" and ") else { return false };
                let at = begins - rest.len();
                !definite
                    && is_capitalised(&text[s.start..s.end])
                    && doc.spot_overlapping(at, at + 1).is_some_and(|sp| sp.start == at && matches!(sp.hit, Hit::Title(q) if q != post_idx) && is_capitalised(&text[sp.start..sp.end]) && text[sp.end..begins].trim().is_empty())
            };
            begins >= s.end && (text[s.end..begins].trim().is_empty() || portfolio_between() || (post.posted && posting_between()) || second_title_between()) && !text[s.end..begins].contains('\n')
        })
        .or_else(|| {
            // "Ruhi Dogusoy, Turkcell's chief operating officer,": a possessor the lexicon does
            // not know (up to four capitalised words) may stand between the comma and the title.
            let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
            let mut comma = before_title.checked_sub(1)?;
            // ("Robert Habeck, Germany's vice chancellor and economy minister,": a second title
            // joined to one in apposition.)
            if word(comma) == "and" && comma > 0 {
                let first_title = doc.spot_overlapping(tokens[comma - 1].start, tokens[comma - 1].end).filter(|sp| matches!(sp.hit, Hit::Title(q) if q != post_idx) && sp.end == tokens[comma - 1].end);
                if let Some(sp) = first_title {
                    comma = token_at(tokens, sp.start)?.checked_sub(1)?;
                    // (Past the first title's rank: "vice chancellor".)
                    if comma > 0 && (lex.is_deputy(word(comma)) || matches!(word(comma), "vice" | "acting")) {
                        comma -= 1;
                    }
                }
            }
            if matches!(word(comma), "'s" | "’s") {
                let mut k = comma;
                while k > 0 && comma - k < 4 && is_capitalised(word(k - 1)) {
                    k -= 1;
                }
                // "Mohammed Aurangzeb, the country's finance minister,": or a state named before.
                if k == comma && k >= 2 && lex.anaphor(&word(k - 1).to_lowercase()) == Some(Anaphor::Country) && word(k - 2).eq_ignore_ascii_case("the") {
                    k -= 2;
                }
                comma = if k < comma { k.checked_sub(1)? } else { comma };
            }
            (tokens[comma].text(text) == ",").then_some(())?;
            // "Echoing Condoleezza Rice, the prime minister said": "the" and a title that a
            // verb follows open a clause of their own; they are no apposition.
            let next = tokens.get(if portfolio_after.is_empty() { last + 1 } else { after }).map_or("", |t| t.text(text)).to_lowercase();
            let relative = matches!(next.as_str(), "who" | "whose" | "which" | "that");
            // "Afghanistan's envoy to the UN" is no clause: "to" and "and" lead verbs only sometimes.
            let verb_follows = !relative
                && ((lex.is_verb_lead(&next) && !matches!(next.as_str(), "to" | "and" | "or")) || lex.cue(&next).iter().any(|c| matches!(c, Cue::Speech | Cue::Demand | Cue::Reject)));
            (!(definite && verb_follows)).then_some(())?;
            let name_end = tokens.get(comma.checked_sub(1)?)?.end;
            // "a letter to Commission President Ursula von der Leyen, Ghana's Minister of Lands,
            // Samuel Jinapor, and": someone a title already stands before is not described again
            // when a name follows the title as its own apposition ("MP Richard Allan, Liberal
            // Democrat spokesman on IT," is).
            let named_after = || {
                (tokens.get(after)?.text(text) == ",").then_some(())?;
                let next = tokens.get(after + 1)?;
                doc.names.get(first_from(next.start)).filter(|n| n.start == next.start || n.honorific_start == Some(next.start))
            };
            doc.names[..first_from(name_end)].last().filter(|n| n.end == name_end && !(titled_right_before(doc, n) && named_after().is_some()))
        })
        .or_else(|| {
            // "the Home Secretary, Suella Braverman," or "Labour's shadow home secretary, Yvette
            // Cooper," (only after "the" or a possessing state or body: "as US President, Tony
            // Blair said" names no president), or a state's title opening a clause ("But last
            // week, Argentine Economic Minister, Roberto Lavagna, told").
            let opens_clause = span_start == tokens.first().map_or(0, |t| t.start)
                || k.checked_sub(1).is_some_and(|p| matches!(tokens[p].text(text), "," | "But" | "And" | "but" | "and" | "-" | "—" | "–"));
            // "A spokesperson for the German government, Steffen Hebestreit,": so may a state or
            // body after the title.
            // "A Kremlin spokesman, Dmitry Peskov,": or a body's title opening a clause.
            // ("A Home Office minister, Jane Brown,": the title's own body places it too.)
            let placed = country_idx.is_some() || body_idx.is_some() || post.body.is_some() || post.country.is_some();
            (definite || possessed || qualified_after || (placed && opens_clause)).then_some(())?;
            let comma = tokens.get(after)?;
            (comma.text(text) == ",").then_some(())?;
            let next = tokens.get(after + 1)?;
            // "Asked whether he trusted the prime minister, Mr Brown replied": a title ending an
            // introductory phrase, then a name with its verb, is no apposition.
            let opener = tokens.first().map_or("", |t| t.text(text));
            let introductory = (opener.ends_with("ed") || opener.ends_with("ing") || matches!(opener, "When" | "After" | "Before" | "While" | "Although" | "If" | "As"))
                && !tokens[..k].iter().any(|t| t.text(text) == ",");
            let name = doc.names[first_from(next.start)..].first().filter(|n| n.start == next.start || n.honorific_start == Some(next.start))?;
            let verb_after = tokens.iter().find(|t| t.start >= name.end).is_some_and(|t| {
                let w = t.text(text).to_lowercase();
                lex.is_verb_lead(&w) || lex.cue(&w).contains(&Cue::Speech)
            });
            (!(introductory && verb_after)).then_some(name)
        })
        .or_else(|| {
            // "Gordon Brown is a great chancellor", "Damien Hockney, who is now Veritas'
            // deputy leader": the name, ", who", "is", "now", an article or a possessor, up to
            // two qualifying words, the title.
            // ("Edward Leigh, who is chairman of the Commons public accounts committee": the
            // article may be left out.)
            let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
            let copula = |w: &str| matches!(w, "is" | "remains" | "became" | "becomes");
            let mut k = first;
            let mut qualifying = 0;
            while k > 0 && qualifying < 2 && {
                let w = word(k - 1);
                !matches!(w, "a" | "an" | "the") && !copula(w) && (doc.spot_covering(&tokens[k - 1]).is_some() || w.chars().all(|c| c.is_lowercase() || c == '-'))
            } {
                k -= 1;
                qualifying += 1;
            }
            let possessive = k >= 2 && matches!(word(k - 1), "'s" | "’s" | "'" | "’") && is_capitalised(word(k - 2));
            if possessive {
                k -= 2;
            } else if matches!(word(k.checked_sub(1)?), "a" | "an" | "the") {
                k -= 1;
            } else {
                (copula(word(k.checked_sub(1)?)) && word(k.checked_sub(2)?) == "who").then_some(())?;
            }
            if k > 0 && matches!(word(k - 1), "now" | "also" | "still") {
                k -= 1;
            }
            copula(word(k.checked_sub(1)?)).then_some(())?;
            k -= 1;
            if k > 0 && word(k - 1) == "who" {
                k -= 1;
                if k > 0 && word(k - 1) == "," {
                    k -= 1;
                }
            }
            let name_end = tokens.get(k.checked_sub(1)?)?.end;
            doc.names[..first_from(name_end)].last().filter(|n| n.end == name_end)
        })
        .map(|n| (n.honorific_start.unwrap_or(n.start), n.end));
    // Headlines drop their articles: "Tory leader urges Harry apology" means the Tory leader.
    let in_headline = s.end <= doc.headline_end;
    let possessed_by_state = possessed && country_idx.is_some();
    Some(PostReading { label, body, country, former, definite: definite || in_headline, possessed_by_state, span_start, holder, guessed_country })
}
