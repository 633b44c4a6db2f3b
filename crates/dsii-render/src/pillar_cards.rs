//! One card per pillar, listing the action lines that pass the filters, a page at a
//! time. "Show more" buttons name their list in `data-more` (see [`List::key`]).

use dsii_core::i18n::messages;
use dsii_core::store::List;

use crate::action_line::action_line_card;
use crate::node::Node;
use crate::scene::Scene;
use crate::show_more::show_more;
use crate::text::text_span;

/// How many cards, and how many lines in each pillar's card, are drawn.
pub struct CardLimits<'a> {
    pub pillars: usize,
    /// By pillar index.
    pub lines: &'a [usize],
}

/// The region's content: its title, the cards of the pillars that have any of `lines`
/// (the action lines that pass the filters, in order), and "show more"; the lines in
/// `open` are drawn with their details.
pub fn pillar_cards(
    scene: &Scene,
    lines: &[usize],
    limits: &CardLimits,
    open: &[usize],
    view_link: &str,
) -> Vec<Node> {
    let (prepared, language) = (scene.prepared, scene.language);
    let pillars = &prepared.snapshot.pillars;
    let mut per_pillar = vec![Vec::new(); pillars.len()];
    for &line in lines {
        if let Some(list) = per_pillar.get_mut(prepared.line_pillar(line)) {
            list.push(line);
        }
    }
    let with_lines: Vec<usize> = (0..pillars.len())
        .filter(|&pillar| !per_pillar[pillar].is_empty())
        .collect();
    let cards = with_lines.iter().take(limits.pillars).map(|&pillar| {
        let shown = &per_pillar[pillar];
        let limit = limits.lines.get(pillar).copied().unwrap_or(0);
        let heading_id = format!("dsii-pillar-{pillar}");
        let summary = pillars[pillar].summary.as_ref().map(|summary| {
            Node::with_class("p", "dsii-pillar__summary").child(text_span(summary, language))
        });
        let items = shown
            .iter()
            .take(limit)
            .map(|&line| action_line_card(scene, line, open.contains(&line), view_link));
        Node::with_class("section", "dsii-pillar")
            .attr("aria-labelledby", &heading_id)
            .child(
                Node::with_class(scene.headings.tag(2), "dsii-pillar__title")
                    .attr("id", &heading_id)
                    .child(text_span(&pillars[pillar].title, language)),
            )
            .children(summary)
            .child(Node::with_class("ul", "dsii-pillar__lines").children(items))
            .children(show_more(
                shown.len(),
                limit,
                scene.printing,
                language,
                List::Lines(pillar),
            ))
    });
    let title = Node::with_class(scene.headings.tag(1), "dsii-section-title")
        .attr("id", "dsii-cards-title")
        .text(messages(language).action_lines);
    [
        title,
        Node::with_class("div", "dsii-pillars").children(cards),
    ]
    .into_iter()
    .chain(show_more(
        with_lines.len(),
        limits.pillars,
        scene.printing,
        language,
        List::PillarCards,
    ))
    .collect()
}
