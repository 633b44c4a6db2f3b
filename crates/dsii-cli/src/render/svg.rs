//! The scene as an accessible SVG: a title and a description that say in words what the
//! picture shows, then the header, the pillar cards, the total and the drawn timeline
//! with its legend, in the widget's light colours. Text is never markup: the writer
//! escapes every value.

use dsii_core::chart::ROWS_PER_LANE;
use dsii_core::model::ActionLineStatus;
use dsii_core::progress::MilestoneState;

use super::scene::Scene;
use crate::feed::xml::Writer;

const FONT: &str = "Liberation Sans, Arial, Helvetica, sans-serif";
const PAD: f64 = 24.0;
const GAP: f64 = 16.0;
const CARD_MIN_WIDTH: f64 = 220.0;
const TEXT: &str = "#1f2328";
const MUTED: &str = "#57606a";
const BORDER: &str = "#d0d7de";
/// Average advance of a character, in ems, for wrapping: a little wide, so text fits.
const CHAR_EM: f64 = 0.55;
const ROW_HEIGHT: f64 = 18.0;

/// The widget's light colour for a status (style/dsii-monitor.css).
fn status_colour(status: ActionLineStatus) -> &'static str {
    match status {
        ActionLineStatus::Planned => "#5a6470",
        ActionLineStatus::InProgress => "#0b5cad",
        ActionLineStatus::Achieved => "#1a7f37",
        ActionLineStatus::Delayed => "#9a5b00",
        ActionLineStatus::Cancelled => "#6e5494",
    }
}

/// The widget's light colour for a milestone state.
fn state_colour(state: MilestoneState) -> &'static str {
    match state {
        MilestoneState::Done => "#1a7f37",
        MilestoneState::Pending => "#0b5cad",
        MilestoneState::Overdue => "#b3261e",
        MilestoneState::Unchecked => "#57606a",
        MilestoneState::Cancelled => "#6e5494",
    }
}

/// `text` in lines of at most `width` px at `size` px, broken between words.
fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let most = ((width / (size * CHAR_EM)).floor() as usize).max(8);
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= most => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// `text` cut to fit `width` px at `size` px, with an ellipsis where it was cut.
fn fit(text: &str, width: f64, size: f64) -> String {
    let most = ((width / (size * CHAR_EM)).floor() as usize).max(4);
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let kept: String = text.chars().take(most - 1).collect();
    format!("{}…", kept.trim_end())
}

fn px(value: f64) -> String {
    format!("{}", (value * 10.0).round() / 10.0)
}

struct Canvas {
    svg: Writer,
    width: f64,
}

impl Canvas {
    fn text(&mut self, x: f64, y: f64, size: f64, fill: &str, weight: &str, text: &str) {
        let (x, y, size) = (px(x), px(y), px(size));
        self.svg.text(
            "text",
            &[
                ("x", &x),
                ("y", &y),
                ("font-size", &size),
                ("fill", fill),
                ("font-weight", weight),
            ],
            text,
        );
    }

    fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, attributes: &[(&str, &str)]) {
        let (x, y, width, height) = (px(x), px(y), px(width), px(height));
        let mut all = vec![
            ("x", x.as_str()),
            ("y", y.as_str()),
            ("width", width.as_str()),
            ("height", height.as_str()),
        ];
        all.extend_from_slice(attributes);
        self.svg.empty("rect", &all);
    }

    /// The header; returns where the cards start.
    fn header(&mut self, scene: &Scene, mut y: f64) -> f64 {
        for line in wrap(&scene.title, self.width - 2.0 * PAD, 22.0) {
            y += 26.0;
            self.text(PAD, y, 22.0, TEXT, "bold", &line);
        }
        y += 22.0;
        self.text(PAD, y, 14.0, MUTED, "normal", &scene.as_of);
        y + GAP
    }

    /// The cards in rows; returns where the next part starts.
    fn cards(&mut self, scene: &Scene, top: f64) -> f64 {
        let inner = self.width - 2.0 * PAD;
        let columns = (((inner + GAP) / (CARD_MIN_WIDTH + GAP)).floor() as usize)
            .clamp(1, scene.cards.len().max(1));
        let card_width = (inner - GAP * (columns - 1) as f64) / columns as f64;
        let mut y = top;
        for row in scene.cards.chunks(columns) {
            let titles: Vec<Vec<String>> = row
                .iter()
                .map(|card| wrap(&card.title, card_width - 24.0, 16.0))
                .collect();
            let title_lines = titles.iter().map(Vec::len).max().unwrap_or(1);
            // Each count with its colour and its words, broken to the card's width.
            let entries: Vec<Vec<(&str, usize, Vec<String>)>> = row
                .iter()
                .map(|card| {
                    let statuses = card
                        .statuses
                        .iter()
                        .map(|(status, count, words)| (status_colour(*status), *count, words));
                    let states = card
                        .states
                        .iter()
                        .map(|(state, count, words)| (state_colour(*state), *count, words));
                    statuses
                        .chain(states)
                        .map(|(colour, count, words)| {
                            (colour, count, wrap(words, card_width - 40.0, 13.0))
                        })
                        .collect()
                })
                .collect();
            let entry_lines = entries
                .iter()
                .map(|card| card.iter().map(|(_, _, lines)| lines.len()).sum::<usize>())
                .max()
                .unwrap_or(0);
            let height = 16.0
                + title_lines as f64 * 20.0
                + 22.0
                + 18.0
                + entry_lines as f64 * ROW_HEIGHT
                + 12.0;
            for (column, ((card, title), entries)) in
                row.iter().zip(&titles).zip(&entries).enumerate()
            {
                let x = PAD + column as f64 * (card_width + GAP);
                self.rect(
                    x,
                    y,
                    card_width,
                    height,
                    &[("rx", "8"), ("fill", "#ffffff"), ("stroke", BORDER)],
                );
                let mut line_y = y + 12.0;
                for line in title {
                    line_y += 20.0;
                    self.text(x + 12.0, line_y, 16.0, TEXT, "bold", line);
                }
                line_y = y + 16.0 + title_lines as f64 * 20.0 + 16.0;
                self.text(x + 12.0, line_y, 13.0, MUTED, "normal", &card.lines);
                self.stack(card, x + 12.0, line_y + 8.0, card_width - 24.0);
                line_y += 22.0;
                for (colour, count, lines) in entries {
                    self.rect(
                        x + 12.0,
                        line_y + ROW_HEIGHT - 10.0,
                        10.0,
                        10.0,
                        &[("fill", colour)],
                    );
                    let fill = if *count == 0 { MUTED } else { TEXT };
                    for line in lines {
                        line_y += ROW_HEIGHT;
                        self.text(x + 28.0, line_y, 13.0, fill, "normal", line);
                    }
                }
            }
            y += height + GAP;
        }
        y
    }

    /// A card's action lines per status as one stacked bar.
    fn stack(&mut self, card: &super::scene::Card, x: f64, y: f64, width: f64) {
        let total: usize = card.statuses.iter().map(|(_, count, _)| count).sum();
        let mut left = x;
        for (status, count, _) in &card.statuses {
            let part = width * *count as f64 / total.max(1) as f64;
            self.rect(left, y, part, 8.0, &[("fill", status_colour(*status))]);
            left += part;
        }
    }

    /// The drawn timeline: year ticks, a lane per pillar, today's line and the legend.
    fn timeline(&mut self, scene: &Scene, top: f64) -> f64 {
        let inner = self.width - 2.0 * PAD;
        let mut y = top + 20.0;
        self.text(PAD, y, 16.0, TEXT, "bold", &scene.timeline_title);
        let label_width = (inner * 0.28).min(180.0);
        let (left, drawing) = (PAD + label_width, inner - label_width);
        y += 22.0;
        let axis_top = y;
        for (year, share) in scene.axis.year_ticks() {
            self.text(
                left + share * drawing + 2.0,
                y,
                12.0,
                MUTED,
                "normal",
                &year.to_string(),
            );
        }
        y += 8.0;
        for drawn in &scene.lanes {
            let height = drawn.lane.rows as f64 * ROW_HEIGHT + 8.0;
            self.rect(PAD, y, inner, height, &[("fill", "#f6f8fa")]);
            self.text(
                PAD + 6.0,
                y + 17.0,
                13.0,
                TEXT,
                "normal",
                &fit(&drawn.title, label_width - 12.0, 13.0),
            );
            for mark in &drawn.lane.marks {
                let row_y = y + 4.0 + (mark.row.min(ROWS_PER_LANE - 1)) as f64 * ROW_HEIGHT;
                let (x, width) = (left + mark.from * drawing, (mark.width * drawing).max(4.0));
                let colour = state_colour(mark.state());
                self.rect(
                    x,
                    row_y + 2.0,
                    width,
                    ROW_HEIGHT - 4.0,
                    &[("rx", "3"), ("fill", colour)],
                );
                if mark.milestones.len() > 1 {
                    let count = mark.milestones.len().to_string();
                    self.text(x + 3.0, row_y + 13.0, 10.0, "#ffffff", "bold", &count);
                }
            }
            y += height + 4.0;
        }
        let today_x = px(left + scene.today * drawing);
        let (from_y, to_y) = (px(axis_top + 4.0), px(y));
        self.svg.empty(
            "line",
            &[
                ("x1", &today_x),
                ("x2", &today_x),
                ("y1", &from_y),
                ("y2", &to_y),
                ("stroke", TEXT),
                ("stroke-dasharray", "4 3"),
            ],
        );
        y += 8.0;
        let mut x = PAD;
        for (state, label) in &scene.legend {
            let advance = 16.0 + label.chars().count() as f64 * 12.0 * CHAR_EM + 16.0;
            if x + advance > self.width - PAD && x > PAD {
                x = PAD;
                y += ROW_HEIGHT;
            }
            self.rect(x, y + 4.0, 10.0, 10.0, &[("fill", state_colour(*state))]);
            self.text(x + 16.0, y + 13.0, 12.0, TEXT, "normal", label);
            x += advance;
        }
        y + ROW_HEIGHT
    }
}

/// What the picture says, for its `<desc>`: the date, the total and every card.
fn description(scene: &Scene) -> String {
    let mut parts = vec![format!("{}.", scene.as_of), format!("{}.", scene.total)];
    for card in &scene.cards {
        let statuses: Vec<&str> = card
            .statuses
            .iter()
            .map(|(_, _, words)| words.as_str())
            .collect();
        let states: Vec<&str> = card
            .states
            .iter()
            .map(|(_, _, words)| words.as_str())
            .collect();
        parts.push(format!(
            "{}: {} ({}); {}.",
            card.title,
            card.lines,
            statuses.join(", "),
            states.join(", ")
        ));
    }
    parts.join(" ")
}

/// Draws the content; returns its height.
fn draw(scene: &Scene, width: f64, svg: Writer) -> (Writer, f64) {
    let mut canvas = Canvas { svg, width };
    let y = canvas.header(scene, PAD - 6.0);
    canvas.text(PAD, y + 4.0, 14.0, TEXT, "normal", &scene.total);
    let y = canvas.cards(scene, y + 18.0);
    let height = (canvas.timeline(scene, y) + PAD).ceil();
    (canvas.svg, height)
}

/// The picture, `width` px wide; its height follows from the content (a first pass
/// measures it, for the root's size).
pub fn render_svg(scene: &Scene, width: f64) -> String {
    let (_, height) = draw(scene, width, Writer::document());
    let (width_text, height_text) = (px(width), px(height));
    let view_box = format!("0 0 {width_text} {height_text}");
    let mut svg = Writer::document();
    svg.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", &width_text),
            ("height", &height_text),
            ("viewBox", &view_box),
            ("role", "img"),
            ("aria-labelledby", "dsii-picture-title dsii-picture-desc"),
            ("lang", scene.language.tag()),
            ("font-family", FONT),
        ],
    );
    svg.text("title", &[("id", "dsii-picture-title")], &scene.title);
    svg.text("desc", &[("id", "dsii-picture-desc")], &description(scene));
    svg.empty(
        "rect",
        &[("width", "100%"), ("height", "100%"), ("fill", "#ffffff")],
    );
    let (mut svg, _) = draw(scene, width, svg);
    svg.close("svg");
    svg.finish()
}
