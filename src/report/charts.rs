//! Charts for print, drawn with plotters as SVG text (vector, placed in the PDF with
//! krilla-svg). Labels use the bundled Noto Sans family ([`super::fonts::CHART_FAMILY`]).

use plotters::chart::{ChartContext, MeshStyle};
use plotters::coord::ranged1d::ValueFormatter;
use plotters::prelude::*;

use super::fonts::CHART_FAMILY;

/// The report's accent colour.
pub const ACCENT: RGBColor = RGBColor(37, 99, 160);
const LIGHT: RGBColor = RGBColor(160, 190, 220);
/// Grid lines.
pub const GRID: RGBColor = RGBColor(225, 228, 232);
/// Axes and labels.
pub const INK: RGBColor = RGBColor(60, 64, 72);

/// What drawing a chart gives: nothing, or why it failed.
pub(super) type ChartResult = Result<(), Box<dyn std::error::Error>>;

/// The SVG text `draw` writes, or why it failed.
pub(super) fn to_svg(draw: impl FnOnce(&mut String) -> ChartResult) -> Result<String, String> {
    let mut svg = String::new();
    draw(&mut svg).map_err(|e| e.to_string())?;
    Ok(svg)
}

/// The mesh of a chart with one value axis: grid lines across the values only (along x
/// when `values_on_x`, else along y), the ink's axes and the charts' labels.
pub(super) fn value_mesh<'a, 'b, X, Y, XT, YT, DB>(
    chart: &'b mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    values_on_x: bool,
) -> MeshStyle<'a, 'b, X, Y, DB>
where
    X: Ranged<ValueType = XT> + ValueFormatter<XT>,
    Y: Ranged<ValueType = YT> + ValueFormatter<YT>,
    DB: DrawingBackend,
{
    let label_style = (CHART_FAMILY, 9).into_font().color(&INK);
    let mut mesh = chart.configure_mesh();
    if values_on_x {
        mesh.disable_y_mesh();
    } else {
        mesh.disable_x_mesh();
    }
    mesh.light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_label_style(label_style.clone())
        .y_label_style(label_style);
    mesh
}

/// Monthly revenue as bars: `bars` are (label, value in currency units, highlighted);
/// `money` formats the axis values. Sizes in points.
pub fn monthly_bars(
    bars: &[(String, f64, bool)],
    money: &dyn Fn(f64) -> String,
    size: (u32, u32),
) -> Result<String, String> {
    to_svg(|svg| draw_bars(svg, bars, money, size))
}

fn draw_bars(
    svg: &mut String,
    bars: &[(String, f64, bool)],
    money: &dyn Fn(f64) -> String,
    size: (u32, u32),
) -> ChartResult {
    let root = SVGBackend::with_string(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    // A segmented range 0..n has n + 1 segments: the last month is n - 1.
    let n = bars.len().max(2) as i32 - 1;
    let top = bars.iter().map(|b| b.1).fold(0.0_f64, f64::max).max(1.0) * 1.08;
    let mut chart = ChartBuilder::on(&root)
        .margin(6)
        .x_label_area_size(20)
        .y_label_area_size(62)
        .build_cartesian_2d((0..n).into_segmented(), 0.0..top)?;
    value_mesh(&mut chart, false)
        .x_labels(bars.len().max(1))
        .y_labels(5)
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => bars
                .get(usize::try_from(*i).unwrap_or(usize::MAX))
                .map(|b| b.0.clone())
                .unwrap_or_default(),
            _ => String::new(),
        })
        .y_label_formatter(&|v| money(*v))
        .draw()?;
    chart.draw_series(bars.iter().enumerate().map(|(i, (_, value, on))| {
        let i = i as i32;
        let color = if *on { ACCENT } else { LIGHT };
        let mut bar = Rectangle::new(
            [
                (SegmentValue::Exact(i), 0.0),
                (SegmentValue::Exact(i + 1), *value),
            ],
            color.filled(),
        );
        bar.set_margin(0, 0, 2, 2);
        bar
    }))?;
    root.present()?;
    Ok(())
}

/// The Pareto curve: share of revenue (y) against share of customers (x), with the 80%
/// line. `percent` formats axis values (0..1).
pub fn pareto(
    curve: &[(f64, f64)],
    percent: &dyn Fn(f64) -> String,
    axis_names: (&str, &str),
    size: (u32, u32),
) -> Result<String, String> {
    to_svg(|svg| draw_pareto(svg, curve, percent, axis_names, size))
}

fn draw_pareto(
    svg: &mut String,
    curve: &[(f64, f64)],
    percent: &dyn Fn(f64) -> String,
    axis_names: (&str, &str),
    size: (u32, u32),
) -> ChartResult {
    let root = SVGBackend::with_string(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let label_style = (CHART_FAMILY, 9).into_font().color(&INK);
    let mut chart = ChartBuilder::on(&root)
        .margin(8)
        .x_label_area_size(34)
        .y_label_area_size(52)
        .build_cartesian_2d(0.0..1.0, 0.0..1.0)?;
    chart
        .configure_mesh()
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(INK)
        .x_labels(6)
        .y_labels(6)
        .x_desc(axis_names.0)
        .y_desc(axis_names.1)
        .axis_desc_style((CHART_FAMILY, 9).into_font().color(&INK))
        .x_label_style(label_style.clone())
        .y_label_style(label_style)
        .x_label_formatter(&|v| percent(*v))
        .y_label_formatter(&|v| percent(*v))
        .draw()?;
    chart.draw_series(LineSeries::new(
        [(0.0, 0.8), (1.0, 0.8)],
        ShapeStyle::from(&RGBColor(200, 120, 40)).stroke_width(1),
    ))?;
    chart.draw_series(LineSeries::new(
        [(0.2, 0.0), (0.2, 1.0)],
        ShapeStyle::from(&GRID).stroke_width(1),
    ))?;
    chart.draw_series(AreaSeries::new(
        curve.iter().copied(),
        0.0,
        ACCENT.mix(0.15),
    ))?;
    chart.draw_series(LineSeries::new(
        curve.iter().copied(),
        ShapeStyle::from(&ACCENT).stroke_width(2),
    ))?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_svg_with_their_labels() {
        let bars = vec![
            ("Jan".to_string(), 10.0, false),
            ("Feb".to_string(), 20.0, true),
        ];
        let svg = monthly_bars(&bars, &|v| format!("{v:.0} €"), (400, 200)).unwrap_or_default();
        assert!(svg.starts_with("<svg"), "{svg}");
        let has_text = |svg: &str, t: &str| svg.lines().any(|l| l.trim() == t);
        assert!(has_text(&svg, "Feb") && svg.contains(CHART_FAMILY), "{svg}");
        let svg = pareto(
            &[(0.0, 0.0), (0.2, 0.7), (1.0, 1.0)],
            &|v| format!("{:.0}%", v * 100.0),
            ("customers", "revenue"),
            (400, 200),
        )
        .unwrap_or_default();
        assert!(has_text(&svg, "customers"), "{svg}");
    }
}
