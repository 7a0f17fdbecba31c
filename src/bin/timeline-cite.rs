//! The cite page (`cite.html`): Trunk builds it as its own Wasm module with the `sources`
//! feature (the CSL engine and the exports), loaded only by readers who ask for citations of
//! an event or of a file opened with `?src=`.

#[cfg(target_arch = "wasm32")]
fn main() {
    korea_timeline::app::sources::cite_page::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app's cite page; timeline-sources writes the shipped one natively.");
}
