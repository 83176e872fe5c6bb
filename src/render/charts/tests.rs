//! The charts' layouts: labels wrapped and never cut, values on every bar, titles escaped.

use super::*;

fn two() -> Vec<Bar> {
    vec![
        Bar {
            label: "Thanh Hóa".into(),
            value: 600175.0,
            text: "600.175".into(),
        },
        Bar {
            label: "<Lai Châu>".into(),
            value: 3666.0,
            text: "3.666".into(),
        },
    ]
}

#[test]
fn bar_charts_are_labelled_images_in_two_layouts() {
    let svg = bars("r", "Xếp hạng", "Thanh Hóa dẫn đầu", &two());
    assert_eq!(svg.matches("<svg class=\"chart").count(), 2);
    assert!(svg.contains(
        "<svg class=\"chart chart-wide\" role=\"img\" aria-labelledby=\"r-wide-title r-wide-desc\""
    ));
    assert!(svg.contains("<svg class=\"chart chart-narrow\" role=\"img\""));
    assert!(svg.contains("<title id=\"r-narrow-title\">Xếp hạng</title>"));
    assert!(svg.contains("<desc id=\"r-wide-desc\">Thanh Hóa dẫn đầu</desc>"));
    assert!(svg.contains("&lt;Lai Châu&gt;") && !svg.contains("<Lai"));
    assert_eq!(svg.matches("class=\"bar\"").count(), 4);
    assert_eq!(
        svg.matches(">600.175</text>").count(),
        2,
        "every bar shows its value"
    );
}

#[test]
fn a_long_name_wraps_whole_in_both_layouts() {
    let name = "Công đoàn Tổng công ty Thương mại Dầu khí Việt Nam và các đơn vị thành viên";
    let bars_ = [Bar {
        label: name.into(),
        value: 10.0,
        text: "10".into(),
    }];
    for layout in [WIDE, NARROW] {
        let svg = layout.bars("x", ("t", "d"), &bars_, 10.0);
        let labels: Vec<&str> = svg
            .split("<text class=\"label\"")
            .skip(1)
            .map(|t| t.split('>').nth(1).unwrap().trim_end_matches("</text"))
            .collect();
        assert!(labels.len() > 1, "{} wraps: {labels:?}", layout.name);
        assert_eq!(labels.join(" "), name, "nothing is cut");
        assert!(!svg.contains('…'));
        let width = if layout.label > 0.0 {
            layout.label
        } else {
            layout.width
        };
        assert!(labels.iter().all(|l| layout.text_width(l) <= width));
    }
}

#[test]
fn the_largest_bar_leaves_room_for_its_value() {
    let svg = NARROW.bars("r", ("t", "d"), &two(), 600175.0);
    let rect = svg.split("class=\"bar\"").nth(1).unwrap();
    let w: f64 = rect
        .split("width=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        w + NARROW.text_width("600.175") + 6.0 <= NARROW.width,
        "{w}"
    );
    assert!(w > NARROW.width / 2.0);
}

#[test]
fn progress_marks_the_target_in_both_layouts() {
    let p = Progress {
        value: 3666.0,
        target: 2300.0,
        value_text: "3.666",
        target_text: "Chỉ tiêu 2.300",
    };
    let svg = progress("p", "t", "d", &p);
    assert_eq!(svg.matches("<line").count(), 2);
    assert_eq!(svg.matches(">3.666</text>").count(), 2);
    assert_eq!(svg.matches(">Chỉ tiêu 2.300</text>").count(), 2);
}

#[test]
fn narrow_text_stays_readable_on_a_phone() {
    // The narrow chart is drawn at most at its own width: at 390 px the page leaves 358 px.
    let shown = NARROW.font * 358.0 / NARROW.width;
    assert!(shown >= 12.0, "{shown}");
}
