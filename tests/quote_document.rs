//! The printable quote a sales rep sends (`render::html`): the plan offered first, then the
//! ranking, which numbers only the plans whose totals cover all of the usage and lists the others
//! apart with what they leave out.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{quotes, scenario};
use pricesim::compare::Comparison;
use pricesim::render::html;

/// The dealer group's month: three Web1on1 plans price it all; Woztell and User.com sell no
/// outcomes, so their lower totals leave the 215 outcomes out.
fn dealer() -> Comparison {
    quotes(&scenario(&std::fs::read_to_string("examples/dealer-nl.toml").unwrap()))
}

/// The ranking's rows, each as its rank and plan.
fn ranking(doc: &str) -> Vec<(String, String)> {
    doc.lines()
        .filter(|l| l.starts_with("<tr") && !l.contains("<th"))
        .take_while(|l| !l.contains("Quantity"))
        .map(|l| {
            let cells: Vec<&str> = l.split("<td").skip(1).map(|c| c.split_once('>').unwrap().1).collect();
            (cells[0].trim_end_matches("</td>").to_string(), cells[1].trim_end_matches("</td>").to_string())
        })
        .collect()
}

/// The plans whose invoice lines the document shows, in order.
fn sections(doc: &str) -> Vec<&str> {
    doc.match_indices("<h2>").map(|(i, _)| doc[i + 4..].split([' ', '<']).next().unwrap()).collect()
}

#[test]
fn the_offered_plan_comes_first_then_every_plan_ranked() {
    let doc = html::render(&dealer(), Some("web1on1/scale"));
    assert_eq!(sections(&doc), ["web1on1/scale", "Every"]);
    assert!(doc.contains("Our quote for this month's usage"));
    let offer = &doc[doc.find("<h2>web1on1/scale").unwrap()..doc.find("Every plan compared").unwrap()];
    assert!(offer.contains("<td>Scale plan</td><td class=\"n\">1</td><td class=\"n\">€1,499.00</td>"), "{offer}");
    assert!(offer.contains("Chatpoints: 5,760 used, 12,000 included, 0 over"), "{offer}");
    let ranked = ranking(&doc[doc.find("Every plan compared").unwrap()..]);
    let order: Vec<(&str, &str)> = ranked.iter().map(|(r, p)| (r.as_str(), p.as_str())).collect();
    assert_eq!(
        order,
        [
            ("1", "web1on1/grow"),
            ("2", "web1on1/base"),
            ("3", "web1on1/scale"),
            ("–", "woztell/starter"),
            ("–", "woztell/growth"),
            ("–", "usercom/standard"),
            ("–", "woztell/agency"),
        ]
    );
    let apart = doc.find("Not ranked: these totals do not cover all of the usage").unwrap();
    assert!(doc.find("<td>3</td>").unwrap() < apart && apart < doc.find("<td>–</td>").unwrap());
    let starter = doc.lines().find(|l| l.contains("<td>woztell/starter</td>")).unwrap();
    assert!(
        starter.contains("Woztell does not sell completed outcomes: 215 outcomes left out of the quote"),
        "{starter}"
    );
    let grow = doc.lines().find(|l| l.contains("<td>web1on1/grow</td>")).unwrap();
    assert!(grow.starts_with("<tr class=\"best\">") && grow.contains("cheapest"), "{grow}");
}

#[test]
fn without_an_offer_every_plan_is_shown_in_full_the_ranked_ones_first() {
    for offered in [None, Some("web1on1/nothing")] {
        let doc = html::render(&dealer(), offered);
        assert!(doc.contains("Every plan priced for this month, ranked in EUR"));
        assert_eq!(
            sections(&doc),
            [
                "web1on1/grow",
                "web1on1/base",
                "web1on1/scale",
                "woztell/starter",
                "woztell/growth",
                "usercom/standard",
                "woztell/agency"
            ]
        );
    }
}
