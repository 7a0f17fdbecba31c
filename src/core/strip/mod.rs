//! The event strip's geometry, without the browser: the time axis and lane packing, ticks,
//! zoom levels, clusters, the layout of each zoom level, what is near the view, keyboard
//! movement, the nearest events around an empty view, the legend and the sizes the CSS
//! shares. Reads the model; must not know about components, the DOM or the URL.

pub mod bar_marks;
pub mod clusters;
pub mod deep_time;
pub mod empty_view;
pub mod eras;
pub mod evidence;
pub mod fixed_point;
pub mod geometry;
pub mod keys;
pub mod layout;
pub mod legend;
pub mod level;
pub mod summary;
pub mod ticks;
pub mod visible_index;
pub mod window;
pub mod zoom;
