//! Share cards on small sites: what a unit's card says in each language, a hostile name
//! escaped, a card drawn to a 1200x630 picture that is not blank, the same card twice alike.

use std::sync::Arc;

use super::{Fonts, Maker, plan};
use crate::graph::PageKind;
use crate::lang::Lang;
use crate::render::templates::Templates;
use crate::testing::{Built, build};

const CAMPAIGN: &str = "name: {vi: \"Thi đua\", en: \"Campaign\"}\nshort_name: {vi: \"TĐ\", en: \"TC\"}\n\
units_expected: 3\nmetrics:\n  \
initiatives: {label: {vi: \"Sáng kiến\", en: \"Initiatives\"}, kind: count}\nrank_by: initiatives\n";

fn unit(name: &str, value: u32) -> String {
    format!(
        "name: {{vi: '{name}', en: '{name}'}}\nkind: province\nas_of: 2023-09-01\n\
target: {{initiatives: 2000}}\nvalues:\n  initiatives: {value}\n"
    )
}

fn site() -> Built {
    build(&[
        ("results/thi-dua/campaign.yaml", CAMPAIGN),
        (
            "results/thi-dua/units/a.yaml",
            &unit("Lai Châu <&\">", 3666),
        ),
        ("results/thi-dua/units/b.yaml", &unit("Đắk Lắk", 1500)),
    ])
}

/// The SVG of every card of the site, with the kind and language of its page.
fn cards(site: &Built, dir: &std::path::Path) -> (Maker, Vec<(PageKind, Lang, String)>) {
    let templates = Templates::new(&site.theme, "default").unwrap();
    let fonts = Arc::new(Fonts::load(&site.theme, "default").unwrap());
    let maker = Maker::new(dir, fonts, false);
    let made = plan(&site.views(), &templates, &maker, &site.graph.pages);
    assert!(made.errors.is_empty(), "{:?}", made.errors);
    let mut svgs = made.todo.into_iter().map(|t| t.svg);
    let out = site
        .graph
        .pages
        .iter()
        .zip(&made.refs)
        .filter(|(_, r)| r.is_some())
        .map(|(p, _)| (p.kind, p.lang, svgs.next().unwrap()))
        .collect();
    (maker, out)
}

#[test]
fn a_units_card_says_its_rank_figure_and_percent_in_the_pages_language() {
    let site = site();
    let dir = tempfile::tempdir().unwrap();
    let (_, all) = cards(&site, dir.path());
    let units: Vec<&(PageKind, Lang, String)> = all
        .iter()
        .filter(|(k, _, _)| matches!(k, PageKind::Unit { .. }))
        .collect();
    assert_eq!(units.len(), 4, "two units in two languages");
    let vi = units
        .iter()
        .find(|(_, l, s)| *l == Lang(0) && s.contains("Lai Châu"))
        .unwrap();
    let svg = &vi.2;
    // The hostile name is escaped, and the SVG is well formed.
    assert!(svg.contains("Lai Châu &lt;&amp;&quot;&gt;"), "{svg}");
    roxmltree::Document::parse(svg).expect("the card is well-formed XML");
    for want in [
        "Hạng 1/2",
        "3.666",
        "đạt 183,3% chỉ tiêu",
        "TĐ",
        "Hạng giữa 2/3",
    ] {
        assert!(svg.contains(want), "{want} in {svg}");
    }
    let en = units
        .iter()
        .find(|(_, l, s)| *l == Lang(1) && s.contains("Đắk Lắk"))
        .unwrap();
    for want in ["Rank 2 of 2", "1,500", "75.0% of target", "TC"] {
        assert!(en.2.contains(want), "{want} in {}", en.2);
    }
    let campaign = all
        .iter()
        .find(|(k, l, _)| matches!(k, PageKind::Campaign(_)) && *l == Lang(1))
        .unwrap();
    assert!(
        campaign.2.contains("2 of 3 units with figures"),
        "{}",
        campaign.2
    );
}

#[test]
fn a_card_is_drawn_to_a_picture_that_is_not_blank_and_the_same_twice() {
    let site = site();
    let dir = tempfile::tempdir().unwrap();
    let (maker, all) = cards(&site, dir.path());
    let svg = &all[0].2;
    let png = super::draw::png(&maker, svg).unwrap();
    assert_eq!(png, super::draw::png(&maker, svg).unwrap());
    let picture = image::load_from_memory(&png).unwrap().into_rgb8();
    assert_eq!(picture.dimensions(), (1200, 630));
    let mut colours: Vec<[u8; 3]> = picture.pixels().map(|p| p.0).collect();
    colours.sort();
    colours.dedup();
    assert!(colours.len() > 20, "{} colours", colours.len());
    // Text is drawn: the title's area is not all white.
    let dark = (64..600)
        .flat_map(|x| (180..240).map(move |y| (x, y)))
        .filter(|&(x, y)| picture.get_pixel(x, y).0[0] < 100)
        .count();
    assert!(dark > 500, "{dark} dark pixels where the title is");
}

#[test]
fn a_broken_template_is_an_error_naming_the_page() {
    let site = site();
    let dir = tempfile::tempdir().unwrap();
    let (maker, _) = cards(&site, dir.path());
    let e = super::draw::png(&maker, "<svg").unwrap_err();
    assert!(!e.is_empty());
    let todo = super::Todo {
        file: dir.path().join("x.png"),
        path: "media/cards/x.png".into(),
        svg: "<svg".into(),
        photo: None,
        page: "content/results/thi-dua/units/a.yaml".into(),
        url: "/sub/x/".into(),
    };
    let (files, errors) = super::draw(&maker, vec![todo]);
    assert!(files.is_empty());
    let shown = errors[0].to_string();
    assert!(
        shown.starts_with("content/results/thi-dua/units/a.yaml: the share card of /sub/x/"),
        "{shown}"
    );
}
