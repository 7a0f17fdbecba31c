//! The reader in Korean, for ko.html: the same app as `src/main.rs`, built with the `korean`
//! feature so its words are Korean. Trunk builds it beside the English reader as a "worker"
//! asset, which index.html never loads (scripts/add-korean-page.py makes ko.html start it).

#[cfg(target_arch = "wasm32")]
fn main() {
    korea_timeline::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is a web app: serve it with scripts/serve.sh and open http://127.0.0.1:8080/ko.html"
    );
}
