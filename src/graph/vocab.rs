//! Vocabulary IRIs: the newsgraph ontology and the W3C / schema.org terms it reuses.

use oxigraph::model::NamedNodeRef;

/// Namespace of the newsgraph ontology.
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
/// Namespace of newsgraph resources (articles, people, bodies, posts, events).
pub const ID: &str = "https://w3id.org/newsgraph/id/";
/// schema.org.
pub const SCHEMA: &str = "https://schema.org/";
/// W3C Organization Ontology.
pub const ORG: &str = "http://www.w3.org/ns/org#";
/// W3C PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// Simple Event Model.
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
/// Wikidata entities.
pub const WD: &str = "http://www.wikidata.org/entity/";
/// RDF Schema.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

/// Prefixes used when writing Turtle and TriG, and offered to SPARQL queries.
pub const PREFIXES: [(&str, &str); 12] = [
    ("ng", NG),
    ("ngid", ID),
    ("schema", SCHEMA),
    ("org", ORG),
    ("prov", PROV),
    ("sem", SEM),
    ("wd", WD),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("owl", OWL),
    ("xsd", XSD),
    ("dcterms", "http://purl.org/dc/terms/"),
];

/// The graph describing entities shared by all articles: countries (names, ISO codes,
/// Wikidata links), and the names and types of people, bodies and posts. Article graphs hold
/// what each article says about them; this graph holds each description once.
pub const ENTITIES_GRAPH: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("https://w3id.org/newsgraph/id/graph/entities");

macro_rules! terms {
    ($($(#[$doc:meta])* $name:ident = $ns:literal $local:literal;)*) => {
        $($(#[$doc])* pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local));)*
    };
}

terms! {
    /// rdf:type.
    TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#" "type";
    /// rdfs:label: the human-readable name of every entity.
    LABEL = "http://www.w3.org/2000/01/rdf-schema#" "label";
    /// owl:sameAs: a country's Wikidata entity.
    SAME_AS = "http://www.w3.org/2002/07/owl#" "sameAs";

    /// schema:NewsArticle.
    NEWS_ARTICLE = "https://schema.org/" "NewsArticle";
    /// schema:headline.
    HEADLINE = "https://schema.org/" "headline";
    /// schema:url.
    URL = "https://schema.org/" "url";
    /// schema:datePublished.
    DATE_PUBLISHED = "https://schema.org/" "datePublished";
    /// schema:publisher (as a name).
    PUBLISHER = "https://schema.org/" "publisher";
    /// schema:mentions: an entity the article refers to.
    MENTIONS = "https://schema.org/" "mentions";
    /// schema:Person.
    PERSON = "https://schema.org/" "Person";
    /// schema:GovernmentOrganization.
    GOVERNMENT_ORGANIZATION = "https://schema.org/" "GovernmentOrganization";
    /// schema:PoliticalParty.
    POLITICAL_PARTY = "https://schema.org/" "PoliticalParty";
    /// schema:Country.
    COUNTRY = "https://schema.org/" "Country";
    /// schema:MonetaryGrant.
    MONETARY_GRANT = "https://schema.org/" "MonetaryGrant";
    /// schema:MonetaryAmount.
    MONETARY_AMOUNT = "https://schema.org/" "MonetaryAmount";
    /// schema:Quotation.
    QUOTATION = "https://schema.org/" "Quotation";
    /// schema:funder.
    FUNDER = "https://schema.org/" "funder";
    /// schema:amount.
    AMOUNT = "https://schema.org/" "amount";
    /// schema:value.
    VALUE = "https://schema.org/" "value";
    /// schema:currency.
    CURRENCY = "https://schema.org/" "currency";
    /// schema:text.
    TEXT = "https://schema.org/" "text";

    /// org:Organization (bodies that are not government bodies).
    ORGANIZATION = "http://www.w3.org/ns/org#" "Organization";
    /// org:Post.
    POST = "http://www.w3.org/ns/org#" "Post";
    /// org:holds.
    HOLDS = "http://www.w3.org/ns/org#" "holds";
    /// org:postIn.
    POST_IN = "http://www.w3.org/ns/org#" "postIn";

    /// prov:wasDerivedFrom: an event's article.
    WAS_DERIVED_FROM = "http://www.w3.org/ns/prov#" "wasDerivedFrom";

    /// ng:Demand (a sem:Event, CAMEO 10).
    DEMAND = "https://w3id.org/newsgraph/ontology#" "Demand";
    /// ng:Rejection (a sem:Event, CAMEO 12).
    REJECTION = "https://w3id.org/newsgraph/ontology#" "Rejection";
    /// ng:Funding (a schema:MonetaryGrant and sem:Event, CAMEO 07).
    FUNDING = "https://w3id.org/newsgraph/ontology#" "Funding";
    /// ng:demander.
    DEMANDER = "https://w3id.org/newsgraph/ontology#" "demander";
    /// ng:addressee.
    ADDRESSEE = "https://w3id.org/newsgraph/ontology#" "addressee";
    /// ng:demandText: what is demanded, as worded.
    DEMAND_TEXT = "https://w3id.org/newsgraph/ontology#" "demandText";
    /// ng:rejecter.
    REJECTER = "https://w3id.org/newsgraph/ontology#" "rejecter";
    /// ng:rejected: the actor whose demand or position is rejected.
    REJECTED = "https://w3id.org/newsgraph/ontology#" "rejected";
    /// ng:rejectedText: what is rejected, as worded.
    REJECTED_TEXT = "https://w3id.org/newsgraph/ontology#" "rejectedText";
    /// ng:answers: the demand a rejection answers.
    ANSWERS = "https://w3id.org/newsgraph/ontology#" "answers";
    /// ng:recipient: who receives funding.
    RECIPIENT = "https://w3id.org/newsgraph/ontology#" "recipient";
    /// ng:purpose: what funding is for, as worded.
    PURPOSE = "https://w3id.org/newsgraph/ontology#" "purpose";
    /// ng:speaker: who said a quotation.
    SPEAKER = "https://w3id.org/newsgraph/ontology#" "speaker";
    /// ng:sentence: the text of the evidence sentence.
    SENTENCE = "https://w3id.org/newsgraph/ontology#" "sentence";
    /// ng:startOffset: byte offset where the evidence starts in the article text.
    START_OFFSET = "https://w3id.org/newsgraph/ontology#" "startOffset";
    /// ng:endOffset: byte offset where the evidence ends.
    END_OFFSET = "https://w3id.org/newsgraph/ontology#" "endOffset";
    /// ng:country: the state a body or post belongs to.
    IN_COUNTRY = "https://w3id.org/newsgraph/ontology#" "country";
    /// ng:isoCode: ISO 3166-1 alpha-2 code.
    ISO_CODE = "https://w3id.org/newsgraph/ontology#" "isoCode";
    /// ng:isoAlpha3: ISO 3166-1 alpha-3 code.
    ISO_ALPHA3 = "https://w3id.org/newsgraph/ontology#" "isoAlpha3";
    /// ng:wikidataId: the Wikidata item id as text.
    WIKIDATA_ID = "https://w3id.org/newsgraph/ontology#" "wikidataId";
    /// ng:bodyKind: ministry, legislature, party...
    BODY_KIND = "https://w3id.org/newsgraph/ontology#" "bodyKind";
    /// ng:sourceLocation: the file path, JSON Lines line or URL an article was read from.
    SOURCE_LOCATION = "https://w3id.org/newsgraph/ontology#" "sourceLocation";
    /// ng:contentHash: BLAKE3 hash of the article as read.
    CONTENT_HASH = "https://w3id.org/newsgraph/ontology#" "contentHash";
    /// ng:tripleCount: how many triples the article's graph holds, this one included.
    TRIPLE_COUNT = "https://w3id.org/newsgraph/ontology#" "tripleCount";

    /// xsd:decimal.
    XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#" "decimal";
    /// xsd:integer.
    XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#" "integer";
}
