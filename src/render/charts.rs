//! SVG charts made at build time: bars for rankings and breakdowns, a bar against a target.
//! No script; each chart has a title and a description in the page's language, scales with
//! the page width, and prints in plain colours.

use std::fmt::Write;

use crate::text::escape_xml;

const WIDTH: f64 = 640.0;
const LABEL: f64 = 230.0;
const ROW: f64 = 26.0;

/// One bar: its label, its value and how the value is written.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

fn open(id: &str, height: f64, title: &str, desc: &str) -> String {
    format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        escape_xml(title),
        escape_xml(desc)
    )
}

/// Horizontal bars, longest for the largest value, labelled on the left and valued on the right.
pub fn bars(id: &str, title: &str, desc: &str, bars: &[Bar]) -> String {
    let height = ROW * bars.len() as f64 + 8.0;
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let room = WIDTH - LABEL - 110.0;
    let mut svg = open(id, height, title, desc);
    for (i, b) in bars.iter().enumerate() {
        let y = 4.0 + ROW * i as f64;
        let w = if max > 0.0 {
            (b.value.max(0.0) / max * room).max(1.0)
        } else {
            1.0
        };
        let _ = write!(
            svg,
            "<text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1a1a1a\">{}</text>\n\
             <rect x=\"{LABEL}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.0}\" fill=\"#9b1419\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" fill=\"#1a1a1a\">{}</text>\n",
            LABEL - 8.0,
            y + 16.0,
            escape_xml(&shorten(&b.label, 28)),
            y + 3.0,
            ROW - 8.0,
            LABEL + w + 6.0,
            y + 16.0,
            escape_xml(&b.text),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A bar of `value` against a marked `target`; both drawn on the scale of the larger.
pub fn progress(
    id: &str,
    title: &str,
    desc: &str,
    value: f64,
    target: f64,
    value_text: &str,
    target_text: &str,
) -> String {
    let height = 64.0;
    let room = WIDTH - 20.0;
    let scale = value.max(target).max(1.0);
    let w = (value.max(0.0) / scale * room).max(1.0);
    let t = target / scale * room + 10.0;
    let mut svg = open(id, height, title, desc);
    let _ = write!(
        svg,
        "<rect x=\"10\" y=\"8\" width=\"{room}\" height=\"22\" fill=\"#e8e8e8\"/>\n\
         <rect x=\"10\" y=\"8\" width=\"{w:.1}\" height=\"22\" fill=\"#9b1419\"/>\n\
         <line x1=\"{t:.1}\" y1=\"2\" x2=\"{t:.1}\" y2=\"36\" stroke=\"#1a1a1a\" stroke-width=\"3\"/>\n\
         <text x=\"10\" y=\"54\" font-size=\"13\" fill=\"#1a1a1a\">{}</text>\n\
         <text x=\"{:.1}\" y=\"54\" font-size=\"13\" fill=\"#1a1a1a\" text-anchor=\"{}\">{}</text>\n</svg>",
        escape_xml(value_text),
        t,
        if t > WIDTH / 2.0 { "end" } else { "start" },
        escape_xml(target_text),
    );
    svg
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_charts_are_labelled_images_that_scale() {
        let svg = bars(
            "r",
            "Xếp hạng",
            "Thanh Hóa dẫn đầu",
            &[
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
            ],
        );
        assert!(
            svg.starts_with("<svg class=\"chart\" role=\"img\" aria-labelledby=\"r-title r-desc\"")
        );
        assert!(svg.contains("width=\"100%\""));
        assert!(svg.contains("<title id=\"r-title\">Xếp hạng</title>"));
        assert!(svg.contains("<desc id=\"r-desc\">Thanh Hóa dẫn đầu</desc>"));
        assert!(svg.contains("&lt;Lai Châu&gt;"));
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(
            svg.contains(&format!("width=\"{:.1}\"", WIDTH - LABEL - 110.0)),
            "the largest fills the room"
        );
    }

    #[test]
    fn progress_marks_the_target() {
        let svg = progress("p", "t", "d", 3666.0, 2300.0, "3.666", "2.300");
        assert!(svg.contains("<line"));
        assert!(svg.contains(">3.666</text>") && svg.contains(">2.300</text>"));
    }
}
