// filled in by the watch's work
