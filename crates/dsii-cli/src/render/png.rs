//! The SVG as a PNG, drawn by resvg with the system's fonts: no browser.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{Options, Tree};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum PngError {
    #[error(
        "no fonts found for the picture's text (on Debian: apt-get install fonts-liberation2)"
    )]
    NoFonts,
    #[error("the drawing could not be read: {0}")]
    Drawing(String),
    #[error("the picture has no area")]
    Empty,
    #[error("the PNG could not be encoded: {0}")]
    Encoding(String),
}

/// `svg` at its own size, a pixel per CSS px.
pub fn render_png(svg: &str) -> Result<Vec<u8>, PngError> {
    let mut options = Options::default();
    options.fontdb_mut().load_system_fonts();
    if options.fontdb.is_empty() {
        return Err(PngError::NoFonts);
    }
    let tree =
        Tree::from_str(svg, &options).map_err(|error| PngError::Drawing(error.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = Pixmap::new(size.width(), size.height()).ok_or(PngError::Empty)?;
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|error| PngError::Encoding(error.to_string()))
}
