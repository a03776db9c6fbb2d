void acdUiPlaceholder() {}
