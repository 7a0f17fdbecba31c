//! Entry point of the web app; Trunk builds this for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    korea_timeline::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: serve it with scripts/serve.sh and open http://127.0.0.1:8080");
}
