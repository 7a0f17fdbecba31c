//! Calls back whenever an element changes size. The strip's width decides its layout, and it
//! changes without any window resize when a page scrollbar comes or goes.

use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver};

/// Watches one element until dropped. The browser also calls back once when watching starts.
pub struct SizeWatch {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl SizeWatch {
    pub fn new(element: &Element, on_resize: impl FnMut() + 'static) -> Option<SizeWatch> {
        let callback = Closure::<dyn FnMut()>::new(on_resize);
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(SizeWatch {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
