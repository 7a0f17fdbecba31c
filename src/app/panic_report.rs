//! A panic must never leave a blank page: say so in the page, not only in the console.

use std::panic;

use wasm_bindgen::JsCast;

pub fn install() {
    panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.clone().into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = document.body() else {
            return;
        };
        let Ok(report) = document.create_element("section") else {
            return;
        };
        report.set_class_name("load-error panic-report");
        let _ = report.set_attribute("role", "alert");
        report.set_text_content(Some(&format!(
            "Something went wrong inside the timeline and it stopped. Reload the page to try \
             again. Technical detail: {message}"
        )));
        if let Ok(report) = report.dyn_into::<web_sys::HtmlElement>() {
            let _ = body.prepend_with_node_1(&report);
        }
    }));
}
