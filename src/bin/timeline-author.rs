//! The editor's entry point: Trunk builds it as a second Wasm module (`author.html` starts
//! it), so the reader's page never downloads the editor.

#[cfg(target_arch = "wasm32")]
fn main() {
    korea_timeline::app::author::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is the web app's timeline editor: serve the site with scripts/serve.sh and open \
         http://127.0.0.1:8080/author.html"
    );
}
