//! The printable quote a sales rep sends (`render::html`): the plan offered first, then the
//! ranking, which numbers the plans by what the whole scenario costs on each and lists apart
//! those whose cost is not known, with why.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{quotes, scenario};
use pricesim::compare::Comparison;
use pricesim::render::html;

/// The dealer group's month: Web1on1 prices all of it; Woztell and User.com sell no outcomes,
/// which the dealer's own in-house costs price on their plans.
fn dealer() -> Comparison {
    quotes(&scenario(&std::fs::read_to_string("examples/dealer-nl.toml").unwrap()))
}

/// The same month without in-house costs: Woztell and User.com leave the 215 outcomes uncovered.
fn dealer_without_in_house() -> Comparison {
    let text = std::fs::read_to_string("examples/dealer-nl.toml").unwrap();
    quotes(&scenario(&text[..text.find("[in_house]").unwrap()]))
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
            ("2", "woztell/starter"),
            ("3", "woztell/growth"),
            ("4", "web1on1/base"),
            ("5", "usercom/standard"),
            ("6", "woztell/agency"),
            ("7", "web1on1/scale"),
        ]
    );
    assert!(!doc.contains("Not ranked"));
    let grow = doc.lines().find(|l| l.contains("<td>web1on1/grow</td>")).unwrap();
    assert!(grow.starts_with("<tr class=\"best\">") && grow.contains("cheapest"), "{grow}");
    // Offered, a plan with in-house work shows it under its own heading, and the whole cost.
    let doc = html::render(&dealer(), Some("woztell/starter"));
    let offer = &doc[doc.find("<h2>woztell/starter").unwrap()..doc.find("Every plan compared").unwrap()];
    assert!(offer.contains("<h3>In-house, at your own costs</h3>"), "{offer}");
    assert!(offer.contains("<td>Test drives by your own staff (in-house)</td><td class=\"n\">10</td><td class=\"n\">€35.00</td><td class=\"n\">€350.00</td>"), "{offer}");
    assert!(offer.contains("Cost of the scenario on this plan: €1,088.91"), "{offer}");
}

#[test]
fn plans_whose_cost_is_not_known_are_listed_apart_with_why() {
    let doc = html::render(&dealer_without_in_house(), Some("web1on1/scale"));
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
    let apart = doc.find("Not ranked: what these plans cost is not known").unwrap();
    assert!(doc.find("<td>3</td>").unwrap() < apart && apart < doc.find("<td>–</td>").unwrap());
    let starter = doc.lines().find(|l| l.contains("<td>woztell/starter</td>")).unwrap();
    assert!(
        starter.contains("Woztell does not sell outcomes completed by a bot: 100 CRM leads, 20 test drives"),
        "{starter}"
    );
}

#[test]
fn without_an_offer_every_plan_is_shown_in_full_the_ranked_ones_first() {
    for offered in [None, Some("web1on1/nothing")] {
        let doc = html::render(&dealer_without_in_house(), offered);
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
