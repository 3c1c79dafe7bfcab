//! The charts of the report's Forecast, Cohorts and Channels sections (issue 23), drawn
//! like the other print charts ([`super::charts`]): plotters SVG, labels in the bundled
//! Noto Sans family, values written by the caller in the shop's formats.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::charts::{ACCENT, GRID, INK, to_svg, value_mesh};
use super::fonts::CHART_FAMILY;
/// The forecast's line, apart from the history's.
const FORECAST: RGBColor = RGBColor(224, 138, 30);
/// An empty heatmap cell, and the start of its colour scale.
const PALE: RGBColor = RGBColor(243, 245, 248);

/// One forecast period: its value and the 80% and 95% ranges (low, high).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ahead {
    /// The forecast.
    pub value: f64,
    /// The 80% range.
    pub range80: (f64, f64),
    /// The 95% range.
    pub range95: (f64, f64),
}

/// The Forecast chart's words: the legend's four entries.
pub struct ForecastWords<'a> {
    /// The history's line.
    pub history: &'a str,
    /// The forecast's line.
    pub forecast: &'a str,
    /// The 80% band.
    pub range80: &'a str,
    /// The 95% band.
    pub range95: &'a str,
}

/// History then forecast on one time axis: `labels` name every period (history first,
/// empty where no tick is written), `history` the past values, `ahead` the periods after.
pub fn forecast(
    labels: &[String],
    history: &[f64],
    ahead: &[Ahead],
    money: &dyn Fn(f64) -> String,
    words: &ForecastWords<'_>,
    size: (u32, u32),
) -> Result<String, String> {
    to_svg(|svg| {
        let root = SVGBackend::with_string(svg, size).into_drawing_area();
        root.fill(&WHITE)?;
        let n = (history.len() + ahead.len()).max(2) as f64 - 1.0;
        let top = history
            .iter()
            .copied()
            .chain(ahead.iter().map(|a| a.range95.1))
            .fold(0.0_f64, f64::max)
            .max(1.0)
            * 1.05;
        let label_style = (CHART_FAMILY, 9).into_font().color(&INK);
        let mut chart = ChartBuilder::on(&root)
            .margin(6)
            .margin_right(24)
            .x_label_area_size(20)
            .y_label_area_size(62)
            .build_cartesian_2d(-0.5..n + 0.5, 0.0..top)?;
        value_mesh(&mut chart, false)
            .x_labels(labels.len().max(2))
            .y_labels(5)
            .x_label_formatter(&|v| {
                let i = v.round();
                if (v - i).abs() > 0.01 || i < 0.0 {
                    return String::new();
                }
                labels.get(i as usize).cloned().unwrap_or_default()
            })
            .y_label_formatter(&|v| money(*v))
            .draw()?;
        let start = history.len() as f64;
        let xs = || (0..ahead.len()).map(move |i| start + i as f64);
        let band = |range: fn(&Ahead) -> (f64, f64)| -> Vec<(f64, f64)> {
            let lows = xs().zip(ahead.iter()).map(|(x, a)| (x, range(a).0));
            let highs = xs().zip(ahead.iter()).map(|(x, a)| (x, range(a).1));
            lows.chain(highs.rev()).collect()
        };
        for (range, mix, name) in [
            (
                (|a: &Ahead| a.range95) as fn(&Ahead) -> (f64, f64),
                0.18,
                words.range95,
            ),
            (|a: &Ahead| a.range80, 0.38, words.range80),
        ] {
            let color = ACCENT.mix(mix);
            chart
                .draw_series(std::iter::once(Polygon::new(band(range), color.filled())))?
                .label(name)
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 4), (x + 14, y + 4)], color.filled())
                });
        }
        chart
            .draw_series(LineSeries::new(
                history.iter().enumerate().map(|(i, v)| (i as f64, *v)),
                ShapeStyle::from(&ACCENT).stroke_width(2),
            ))?
            .label(words.history)
            .legend(|(x, y)| PathElement::new([(x, y), (x + 14, y)], ACCENT.stroke_width(2)));
        // The forecast starts from the last month of history so the two lines join.
        let joined = history
            .last()
            .map(|v| (start - 1.0, *v))
            .into_iter()
            .chain(xs().zip(ahead.iter().map(|a| a.value)));
        chart
            .draw_series(DashedLineSeries::new(
                joined,
                5,
                3,
                ShapeStyle::from(&FORECAST).stroke_width(2),
            ))?
            .label(words.forecast)
            .legend(|(x, y)| PathElement::new([(x, y), (x + 14, y)], FORECAST.stroke_width(2)));
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(GRID)
            .label_font(label_style)
            .draw()?;
        root.present()?;
        Ok(())
    })
}

/// A chart's SVG text, or why it could not be drawn.
pub type Svg = Result<String, String>;

/// One bar of [`share_bars`]: a name, a share (0..1) and the share written.
pub type Bar = (String, f64, String);

/// An axis of shares: how a share is written and the axis' name.
pub struct PercentAxis<'a> {
    /// Writes a share (0..1) the shop's way.
    pub percent: &'a dyn Fn(f64) -> String,
    /// The axis' name.
    pub name: &'a str,
}

/// One cohort's row of the heatmap: its name and the share active in each period since
/// its first (0..1; period 0 first).
pub struct HeatRow {
    /// The cohort's name (its month).
    pub label: String,
    /// Share active per period since the first.
    pub shares: Vec<f64>,
}

/// The cohort triangle: a row per cohort, a column per period since the first order, each
/// cell coloured by its share and, when it is wide enough, holding it written by
/// `percent`. Period 0 (everyone) is drawn full; the scale saturates at 40% so the later
/// periods are readable.
pub fn heatmap(rows: &[HeatRow], axis: &PercentAxis<'_>, size: (u32, u32)) -> Svg {
    let (percent, axis_name) = (axis.percent, axis.name);
    to_svg(|svg| {
        let root = SVGBackend::with_string(svg, size).into_drawing_area();
        root.fill(&WHITE)?;
        let columns = rows
            .iter()
            .map(|r| r.shares.len())
            .max()
            .unwrap_or(1)
            .max(1) as i32;
        let n = rows.len().max(1) as i32;
        let label_style = (CHART_FAMILY, 8).into_font().color(&INK);
        // A segmented range 0..k has k + 1 segments; 0..0 would have no height, so one
        // row or column leaves an empty one beside it.
        let mut chart = ChartBuilder::on(&root)
            .margin(6)
            .x_label_area_size(30)
            .y_label_area_size(62)
            .build_cartesian_2d(
                (0..(columns - 1).max(1)).into_segmented(),
                (0..(n - 1).max(1)).into_segmented(),
            )?;
        chart
            .configure_mesh()
            .disable_mesh()
            .axis_style(INK)
            .x_labels(columns as usize)
            .y_labels(n as usize)
            .x_desc(axis_name)
            .axis_desc_style((CHART_FAMILY, 9).into_font().color(&INK))
            .x_label_style(label_style.clone())
            .y_label_style(label_style.clone())
            .x_label_formatter(&|v| match v {
                SegmentValue::CenterOf(k) => k.to_string(),
                _ => String::new(),
            })
            .y_label_formatter(&|v| match v {
                // Rows from the top: the oldest cohort first.
                SegmentValue::CenterOf(y) => usize::try_from(n - 1 - *y)
                    .ok()
                    .and_then(|r| rows.get(r))
                    .map(|r| r.label.clone())
                    .unwrap_or_default(),
                _ => String::new(),
            })
            .draw()?;
        let cell_width = f64::from(size.0.saturating_sub(74)) / f64::from(columns);
        let with_text = cell_width >= 22.0;
        let cells = || {
            rows.iter().enumerate().flat_map(move |(r, row)| {
                row.shares.iter().enumerate().map(move |(k, share)| {
                    let strength = if k == 0 { 1.0 } else { (share * 2.5).min(1.0) };
                    (k as i32, n - 1 - r as i32, *share, strength)
                })
            })
        };
        chart.draw_series(cells().map(|(x, y, _, strength)| {
            let mut cell = Rectangle::new(
                [
                    (SegmentValue::Exact(x), SegmentValue::Exact(y)),
                    (SegmentValue::Exact(x + 1), SegmentValue::Exact(y + 1)),
                ],
                mix(PALE, ACCENT, strength).filled(),
            );
            cell.set_margin(1, 1, 1, 1);
            cell
        }))?;
        if with_text {
            chart.draw_series(cells().map(|(x, y, share, strength)| {
                let ink = if strength > 0.5 { WHITE } else { INK };
                Text::new(
                    percent(share),
                    (SegmentValue::CenterOf(x), SegmentValue::CenterOf(y)),
                    (CHART_FAMILY, 7)
                        .into_font()
                        .color(&ink)
                        .pos(Pos::new(HPos::Center, VPos::Center)),
                )
            }))?;
        }
        root.present()?;
        Ok(())
    })
}

/// Longest group name the bars' axis holds, in characters.
const NAME_CHARS: usize = 30;

/// `name`, cut with "…" when longer than the bars' axis holds.
fn shortened(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        return name.to_string();
    }
    let kept: String = name.chars().take(NAME_CHARS - 1).collect();
    format!("{}…", kept.trim_end())
}

/// The colour `t` (0..1) of the way from `a` to `b`.
fn mix(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let part = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    RGBColor(part(a.0, b.0), part(a.1, b.1), part(a.2, b.2))
}

/// Horizontal bars, one per group: `bars` are (name, share 0..1, the share written);
/// `axis_name` names the shares.
pub fn share_bars(bars: &[Bar], axis: &PercentAxis<'_>, size: (u32, u32)) -> Svg {
    let (percent, axis_name) = (axis.percent, axis.name);
    to_svg(|svg| {
        let root = SVGBackend::with_string(svg, size).into_drawing_area();
        root.fill(&WHITE)?;
        let n = bars.len().max(1) as i32;
        let top = bars.iter().map(|b| b.1).fold(0.0_f64, f64::max).max(0.05) * 1.15;
        let label_style = (CHART_FAMILY, 9).into_font().color(&INK);
        let mut chart = ChartBuilder::on(&root)
            .margin(6)
            .x_label_area_size(30)
            .y_label_area_size(130)
            .build_cartesian_2d(0.0..top.min(1.0), (0..(n - 1).max(1)).into_segmented())?;
        value_mesh(&mut chart, true)
            .x_labels(5)
            .y_labels(bars.len().max(1))
            .x_desc(axis_name)
            .axis_desc_style((CHART_FAMILY, 9).into_font().color(&INK))
            .x_label_formatter(&|v| percent(*v))
            .y_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) => {
                    let row = n - 1 - *i;
                    usize::try_from(row)
                        .ok()
                        .and_then(|r| bars.get(r))
                        .map(|b| shortened(&b.0))
                        .unwrap_or_default()
                }
                _ => String::new(),
            })
            .draw()?;
        chart.draw_series(bars.iter().enumerate().map(|(r, (_, share, _))| {
            let y = n - 1 - r as i32;
            let mut bar = Rectangle::new(
                [
                    (0.0, SegmentValue::Exact(y)),
                    (*share, SegmentValue::Exact(y + 1)),
                ],
                ACCENT.filled(),
            );
            bar.set_margin(3, 3, 0, 0);
            bar
        }))?;
        chart.draw_series(bars.iter().enumerate().map(|(r, (_, share, written))| {
            let y = n - 1 - r as i32;
            Text::new(
                written.clone(),
                (*share + top * 0.01, SegmentValue::CenterOf(y)),
                label_style.clone().pos(Pos::new(HPos::Left, VPos::Center)),
            )
        }))?;
        root.present()?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_text(svg: &str, t: &str) -> bool {
        svg.lines().any(|l| l.trim() == t)
    }

    #[test]
    fn the_three_charts_write_their_labels() {
        let pct = |v: f64| format!("{:.0}%", v * 100.0);
        let words = ForecastWords {
            history: "Revenue",
            forecast: "Forecast",
            range80: "80% range",
            range95: "95% range",
        };
        let ahead = [Ahead {
            value: 12.0,
            range80: (10.0, 14.0),
            range95: (8.0, 16.0),
        }];
        let labels = vec!["Jan".to_string(), String::new(), "Mar".to_string()];
        let svg = forecast(
            &labels,
            &[10.0, 11.0],
            &ahead,
            &|v| format!("{v:.0}"),
            &words,
            (400, 200),
        )
        .unwrap_or_default();
        assert!(has_text(&svg, "Jan") && has_text(&svg, "Mar"), "{svg}");
        assert!(has_text(&svg, "95% range"), "{svg}");
        let rows = [HeatRow {
            label: "March".to_string(),
            shares: vec![1.0, 0.25],
        }];
        let axis = |name| PercentAxis {
            percent: &pct,
            name,
        };
        let svg = heatmap(&rows, &axis("Months since"), (400, 120)).unwrap_or_default();
        assert!(has_text(&svg, "March") && has_text(&svg, "25%"), "{svg}");
        let bars = [("web".to_string(), 0.4, "40%".to_string())];
        let svg = share_bars(&bars, &axis("Back within a year"), (400, 120)).unwrap_or_default();
        assert!(has_text(&svg, "web") && has_text(&svg, "40%"), "{svg}");
        assert_eq!(shortened(&"a".repeat(40)), format!("{}…", "a".repeat(29)));
    }
}
