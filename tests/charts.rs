//! The charts of results pages as built: every chart in a wide and a narrow layout, and an
//! overview's small multiples, one chart per cluster with only its units, all on one scale.

#[allow(dead_code)] // each test file uses only some of the shared helpers
mod common;

use common::build_fixture;

/// The widths of the bars of one SVG chart.
fn bar_widths(svg: &str) -> Vec<f64> {
    svg.split("class=\"bar\"")
        .skip(1)
        .map(|r| {
            let w = &r[r.find("width=\"").unwrap() + 7..];
            w[..w.find('"').unwrap()].parse().unwrap()
        })
        .collect()
}

#[test]
fn an_overview_shows_each_cluster_in_a_small_chart_on_one_scale() {
    let b = build_fixture("results_ok", &[]);
    let vi = b.main_of("ket-qua/sang-kien-2023/index.html");
    let grid = &vi[vi
        .find("<div class=\"small-multiples\">")
        .expect("small multiples")..];
    let grid = &grid[..grid.find("</div>").unwrap()];
    let charts: Vec<&str> = grid
        .split("<figure class=\"cluster-chart\">")
        .skip(1)
        .collect();
    assert_eq!(charts.len(), 2, "one chart per cluster: {grid}");
    assert!(charts[0].contains("href=\"/ket-qua/sang-kien-2023/cum/cum-a/\">Cụm thi đua A</a>"));
    assert!(charts[1].contains("Cụm thi đua B"));
    let widths: Vec<Vec<f64>> = charts.iter().map(|c| bar_widths(c)).collect();
    assert_eq!(
        widths[0].len() + widths[1].len(),
        7,
        "every unit with a cluster: {widths:?}"
    );
    // One scale: only the campaign's largest figure fills a chart's room.
    let longest = |w: &[f64]| w.iter().copied().fold(0.0, f64::max);
    assert_ne!(longest(&widths[0]), longest(&widths[1]), "{widths:?}");
    for c in &charts {
        assert!(c.contains("class=\"chart chart-narrow\""), "{c}");
        assert!(!c.contains('…'));
    }
    // The ranking's chart is drawn in both layouts.
    assert_eq!(vi.matches("aria-labelledby=\"chart-ranking-").count(), 2);
}
