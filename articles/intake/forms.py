"""The admin's "Add article" form: paste a text, upload files, or give a web address."""

from django import forms

from articles.models import ArticleStatus

PASTE, UPLOAD, ADDRESS = "paste", "upload", "address"
# Each section's field and the name of the button that imports it.
SECTIONS = {PASTE: "body", UPLOAD: "files", ADDRESS: "address"}
BUTTONS = {f"_{section}": section for section in SECTIONS}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input, each checked as a FileField checks one."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.zip"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(one, initial) for one in data]
        return [super().clean(data, initial)] if data else []


class IntakeForm(forms.Form):
    """One of three ways in: the button pressed says which; without one (Enter in a field),
    the one section filled in."""

    use_required_attribute = False

    body = forms.CharField(
        label="Text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 90, "class": "vLargeTextField"}),
        help_text="The article as plain text: the headline on the first line, then the date "
        "line and the body, a blank line between paragraphs.",
    )
    files = MultipleFileField(
        label="Files",
        required=False,
        help_text="One or more .txt files (UTF-8), web pages saved as .html or .htm, or a .zip "
        "of them (folders inside are fine; other files are skipped and listed).",
    )
    address = forms.CharField(
        label="Web address",
        required=False,
        max_length=2000,
        widget=forms.URLInput(attrs={"class": "vURLField", "placeholder": "https://"}),
        help_text="The address of the article's page (http or https). The page is fetched and "
        "its main text, headline, byline, dates and outlet are read from it.",
    )
    status = forms.ChoiceField(
        label="Status after import",
        choices=ArticleStatus.choices,
        initial=ArticleStatus.DRAFT,
        required=False,
        help_text="Readers see published articles only.",
    )

    def __init__(self, *args, may_publish=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            del self.fields["status"]

    def clean(self):
        cleaned_data = super().clean()
        section = self._pressed() or self._filled()
        if section is None:
            return cleaned_data
        if not self._given(section):
            self.add_error(SECTIONS[section], _MISSING[section])
        cleaned_data["section"] = section
        return cleaned_data

    @property
    def publish(self) -> bool:
        return self.cleaned_data.get("status") == ArticleStatus.PUBLISHED

    def _pressed(self):
        return next((section for button, section in BUTTONS.items() if button in self.data), None)

    def _filled(self):
        filled = [section for section in SECTIONS if self._given(section)]
        if len(filled) == 1:
            return filled[0]
        if filled:
            raise forms.ValidationError(
                "More than one way in is filled in: press the button of the one to import."
            )
        raise forms.ValidationError("Paste a text, choose files or give a web address.")

    def _given(self, section):
        value = self.cleaned_data.get(SECTIONS[section])
        return bool(value.strip() if isinstance(value, str) else value)


_MISSING = {
    PASTE: "Paste the article's text here first.",
    UPLOAD: "Choose one or more files first.",
    ADDRESS: "Give the address of the article's page first.",
}
