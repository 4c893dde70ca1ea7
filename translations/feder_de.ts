<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="38"/>
        <source>About Feder</source>
        <translation>Über Feder</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="47"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="52"/>
        <source>An editor for articles on their way to publication: Markdown with a live preview, German spellchecking, article fields and export.</source>
        <translation>Ein Editor für Artikel auf dem Weg zur Veröffentlichung: Markdown mit Live-Vorschau, deutscher Rechtschreibprüfung, Artikelfeldern und Export.</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="59"/>
        <source>Feder is free software under the MIT License. It uses Qt and PySide6 under the GNU LGPL version 3.</source>
        <translation>Feder ist freie Software unter der MIT-Lizenz. Es verwendet Qt und PySide6 unter der GNU LGPL Version 3.</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="88"/>
        <source>&amp;Copy Version Information</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="114"/>
        <source>Dictionaries</source>
        <translation>Wörterbücher</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="121"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="129"/>
        <source>none (Enchant is not installed)</source>
        <translation>keine (Enchant ist nicht installiert)</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/about_dialog.py" line="134"/>
        <source>none installed</source>
        <translation>keine installiert</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../editor/ui/actions.py" line="39"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="39"/>
        <source>Start a new article</source>
        <translation>Einen neuen Artikel beginnen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="40"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="40"/>
        <source>Open an article</source>
        <translation>Einen Artikel öffnen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="41"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="41"/>
        <source>Save the article</source>
        <translation>Den Artikel speichern</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="42"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="43"/>
        <source>&amp;Close Article</source>
        <translation>Artikel sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="44"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="44"/>
        <source>Export as HTML page, HTML fragment or Markdown</source>
        <translation>Als HTML-Seite, HTML-Fragment oder Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="45"/>
        <source>Send to &amp;WordPress as Draft…</source>
        <translation>Als Entwurf an &amp;WordPress senden…</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="45"/>
        <source>Send the article to a WordPress site as a draft, with its images, tags and author</source>
        <translation>Den Artikel als Entwurf an eine WordPress-Website senden, mit Bildern, Schlagwörtern und Autor</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="53"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="54"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="56"/>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="57"/>
        <source>Copy as &amp;HTML</source>
        <translation>Als HT&amp;ML kopieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="57"/>
        <source>Copy the article as HTML for a CMS</source>
        <translation>Den Artikel als HTML für ein CMS kopieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="58"/>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="63"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="63"/>
        <source>Bold (**text**)</source>
        <translation>Fett (**Text**)</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="64"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="64"/>
        <source>Italic (*text*)</source>
        <translation>Kursiv (*Text*)</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="65"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="65"/>
        <source>Link ([text](address))</source>
        <translation>Link ([Text](Adresse))</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="66"/>
        <source>Heading &amp;2</source>
        <translation>Zwischenüberschrift &amp;2</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="66"/>
        <source>Section heading (## …)</source>
        <translation>Zwischenüberschrift (## …)</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="67"/>
        <source>Heading &amp;3</source>
        <translation>Zwischenüberschrift &amp;3</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="67"/>
        <source>Sub-heading (### …)</source>
        <translation>Untergeordnete Zwischenüberschrift (### …)</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="68"/>
        <source>&amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="68"/>
        <source>Quote (&gt; …)</source>
        <translation>Zitat (&gt; …)</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="69"/>
        <source>Bulleted &amp;list</source>
        <translation>&amp;Aufzählung</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="74"/>
        <source>&amp;Preview</source>
        <translation>Vor&amp;schau</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="78"/>
        <source>Show Front Matter (&amp;YAML)</source>
        <translation>&amp;YAML-Kopf anzeigen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="81"/>
        <source>Show the article fields as YAML at the top of the text</source>
        <translation>Die Artikelfelder als YAML am Anfang des Textes zeigen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="83"/>
        <source>F&amp;ocus Mode</source>
        <translation>F&amp;okusmodus</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="84"/>
        <source>&amp;Typewriter Scrolling</source>
        <translation>Schreib&amp;maschinenmodus</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="85"/>
        <source>Distraction-Free &amp;Full Screen</source>
        <translation>Ablenkungsfreier &amp;Vollbildmodus</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="92"/>
        <source>&amp;Check Before Publishing</source>
        <translation>&amp;Vor dem Veröffentlichen prüfen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="95"/>
        <source>List what still needs work before the article goes out</source>
        <translation>Zeigt, was vor der Veröffentlichung noch zu tun ist</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="101"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="102"/>
        <source>R&amp;eplace…</source>
        <translation>Erset&amp;zen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="105"/>
        <source>German &amp;Typography While Typing</source>
        <translation>Deutsche &amp;Typografie beim Tippen</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="107"/>
        <source>Turn quotes, dashes and dots into „…“, – and … as you type</source>
        <translation>Macht beim Tippen aus geraden Anführungszeichen, Bindestrichen und Punkten „…“, – und …</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="115"/>
        <source>&amp;Markdown Cheat Sheet</source>
        <translation>&amp;Markdown-Spickzettel</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="118"/>
        <source>What to type for headings, links, figures with credit and more</source>
        <translation>Was man für Überschriften, Links, Bilder mit Bildnachweis und mehr tippt</translation>
    </message>
    <message>
        <location filename="../editor/ui/actions.py" line="122"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="34"/>
        <source>&amp;Appearance</source>
        <extracomment>Text widths offered, in characters (0 = as wide as the editor).</extracomment>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="43"/>
        <source>Editor &amp;Font…</source>
        <translation>Editor-&amp;Schriftart …</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="47"/>
        <source>Use the Site’s &amp;Stylesheet…</source>
        <translation>&amp;Website-Stylesheet verwenden …</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="49"/>
        <source>Preview with your website&apos;s own CSS file</source>
        <translation>Vorschau mit der eigenen CSS-Datei Ihrer Website</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="52"/>
        <source>Use Feder’s Stylesheet</source>
        <translation>Feders Stylesheet verwenden</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="96"/>
        <source>Editor Font</source>
        <translation>Schriftart des Editors</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="104"/>
        <source>Text &amp;Width</source>
        <translation>Text&amp;breite</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="108"/>
        <source>{count} characters</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="110"/>
        <source>Full width</source>
        <translation>Volle Breite</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="129"/>
        <source>Site Stylesheet</source>
        <translation>Website-Stylesheet</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/appearance_menu.py" line="131"/>
        <source>Stylesheets (*.css)</source>
        <translation>CSS-Dateien (*.css)</translation>
    </message>
</context>
<context>
    <name>ArticleTabs</name>
    <message>
        <location filename="../editor/ui/article/article_tabs.py" line="87"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../editor/ui/article/article_view.py" line="374"/>
        <source>The front matter could not be read; the whole text is shown in the editor. </source>
        <extracomment>An edit after this long a quiet spell is rendered at once (no debounce): the writer who changes one word sees it in the preview without waiting 80 ms more. An undo (False) or redo (True) changed these front matter keys (fields, authors).</extracomment>
        <translation>Der YAML-Kopf konnte nicht gelesen werden; der ganze Text steht im Editor. </translation>
    </message>
    <message>
        <location filename="../editor/ui/article/article_view.py" line="462"/>
        <source>The preview could not be updated ({reason}); it shows the last version that rendered. It tries again with your next change.</source>
        <translation>Die Vorschau konnte nicht aktualisiert werden ({reason}); sie zeigt den zuletzt dargestellten Stand. Bei Ihrer nächsten Änderung versucht sie es erneut.</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="98"/>
        <source>Edit author</source>
        <extracomment>Networks offered by &quot;Add link&quot; besides website and e-mail; the label stays editable.</extracomment>
        <translation>Autorenprofil bearbeiten</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="98"/>
        <source>New author</source>
        <translation>Neues Autorenprofil</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="102"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="104"/>
        <source>e.g. Business editor</source>
        <translation>z. B. Wirtschaftsredakteurin</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="107"/>
        <source>Two or three sentences about the author. Markdown is allowed: *italic*, **bold**, [link](https://…).</source>
        <translation>Zwei oder drei Sätze über die Person. Markdown ist erlaubt: *kursiv*, **fett**, [Link](https://…).</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="122"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="123"/>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="124"/>
        <source>&amp;Bio:</source>
        <translation>&amp;Kurzbiografie:</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="125"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="126"/>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="172"/>
        <source>“{file}” is not a photo Feder can use (JPEG, PNG, WebP, GIF or SVG).</source>
        <translation>„{file}“ ist kein Foto, das Feder verwenden kann (JPEG, PNG, WebP, GIF oder SVG).</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="183"/>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="183"/>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="194"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="196"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="218"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="218"/>
        <source>Address (web or e-mail)</source>
        <translation>Adresse (Web oder E-Mail)</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="230"/>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="232"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="232"/>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="235"/>
        <source>Other…</source>
        <translation>Andere …</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="237"/>
        <source>Remove link</source>
        <translation>Link entfernen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/dialog.py" line="275"/>
        <source>“{address}” is not a web or e-mail address.</source>
        <translation>„{address}“ ist keine Web- oder E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>AuthorSidebar</name>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="115"/>
        <location filename="../editor/ui/authors/sidebar.py" line="85"/>
        <source>Authors</source>
        <extracomment>The article&apos;s new front matter ``authors`` list (of snapshot dicts). Declared as ``object``: a ``list`` signal passes through QVariantMap, which sorts the keys of each snapshot, and the front matter should read id, name, role, bio.</extracomment>
        <translation>Autorinnen und Autoren</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="125"/>
        <source>These profile files could not be read and are not listed:
{files}</source>
        <translation>Diese Profildateien konnten nicht gelesen werden und fehlen in der Liste:
{files}</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="49"/>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="54"/>
        <source>Delete author profile</source>
        <translation>Autorenprofil löschen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="55"/>
        <source>Delete the profile “{name}”?</source>
        <translation>Das Profil „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="57"/>
        <source>Its file and photo are removed from {folder}. Articles that name this author keep their own copy.</source>
        <translation>Seine Datei und sein Foto werden aus {folder} entfernt. Artikel, die diese Person nennen, behalten ihre eigene Kopie.</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="60"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="77"/>
        <location filename="../editor/ui/authors/profile_commands.py" line="96"/>
        <source>Import author profile</source>
        <translation>Autorenprofil importieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="78"/>
        <source>A profile “{id}” exists already.</source>
        <translation>Ein Profil „{id}“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="80"/>
        <source>Replace it with the imported one, or keep both?</source>
        <translation>Durch das importierte ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="81"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="82"/>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="230"/>
        <source>Add to article</source>
        <translation>Zum Artikel hinzufügen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="231"/>
        <source>Add the selected profile to the article’s authors</source>
        <translation>Das gewählte Profil zu den Autorinnen und Autoren des Artikels hinzufügen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="232"/>
        <source>New…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="233"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="234"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="235"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="236"/>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="237"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="238"/>
        <source>Open profile folder</source>
        <translation>Profilordner öffnen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="239"/>
        <source>Remove from article</source>
        <translation>Aus dem Artikel entfernen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="240"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="241"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="242"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="243"/>
        <source>Copy the changed profile details into the article</source>
        <translation>Die geänderten Profilangaben in den Artikel übernehmen</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="253"/>
        <source>No author yet. Select a profile below and click “Add to article”.</source>
        <translation>Noch niemand eingetragen. Unten ein Profil wählen und auf „Zum Artikel hinzufügen“ klicken.</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="257"/>
        <source>In this article</source>
        <translation>In diesem Artikel</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="268"/>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="271"/>
        <source>No profiles yet. Create one with “New…”.</source>
        <translation>Noch keine Profile. Mit „Neu …“ ein Profil anlegen.</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="273"/>
        <source>No profile matches the filter.</source>
        <translation>Kein Profil passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="280"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="287"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="332"/>
        <source>Profile changed – refresh?</source>
        <translation>Profil geändert – aktualisieren?</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="333"/>
        <source>The profile has changed since this author was added to the article.</source>
        <translation>Das Profil wurde geändert, seit diese Person zum Artikel hinzugefügt wurde.</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="335"/>
        <source>There is no profile “{id}” on this computer; the article keeps its own copy.</source>
        <translation>Auf diesem Computer gibt es kein Profil „{id}“; der Artikel behält seine eigene Kopie.</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/sidebar.py" line="341"/>
        <source>Changed since added to the article: {names}</source>
        <translation>Geändert seit dem Hinzufügen zum Artikel: {names}</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="97"/>
        <location filename="../editor/ui/authors/profile_commands.py" line="103"/>
        <source>Author profiles (*.yaml *.yml)</source>
        <translation>Autorenprofile (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../editor/ui/authors/profile_commands.py" line="102"/>
        <source>Export author profile</source>
        <translation>Autorenprofil exportieren</translation>
    </message>
</context>
<context>
    <name>Authors</name>
    <message>
        <location filename="../editor/core/authors/store.py" line="62"/>
        <source>The author folder {path} could not be read: {reason}</source>
        <translation>Der Autorenordner {path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/store.py" line="80"/>
        <source>There is no author profile “{id}”.</source>
        <translation>Es gibt kein Autorenprofil „{id}“.</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/store.py" line="103"/>
        <source>An author profile needs a name.</source>
        <translation>Ein Autorenprofil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/store.py" line="121"/>
        <source>{path} could not be deleted: {reason}</source>
        <translation>{path} konnte nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/store.py" line="229"/>
        <source>The author folder {path} could not be created: {reason}</source>
        <translation>Der Autorenordner {path} konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="51"/>
        <source>The author profile {path} uses YAML aliases (*name), which Feder does not accept.</source>
        <extracomment>Photo formats every export target (browsers) can show. Keys a profile file may hold that Feder understands; others are kept as they are.</extracomment>
        <translation>Das Autorenprofil {path} verwendet YAML-Aliase (*name), die Feder nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="58"/>
        <source>The author profile {path} is not valid YAML (line {line}: {problem}).</source>
        <translation>Das Autorenprofil {path} ist kein gültiges YAML (Zeile {line}: {problem}).</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="66"/>
        <source>The author profile {path} is not a list of keys and values.</source>
        <translation>Das Autorenprofil {path} ist keine Liste aus Schlüsseln und Werten.</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="73"/>
        <source>In the author profile {path}, “{key}” must be text.</source>
        <translation>Im Autorenprofil {path} muss „{key}“ ein Text sein.</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="79"/>
        <source>The author profile {path} has no name.</source>
        <translation>Das Autorenprofil {path} hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="82"/>
        <source>In the author profile {path}, “links” must be a list of entries with label and url.</source>
        <translation>Im Autorenprofil {path} muss „links“ eine Liste von Einträgen mit label und url sein.</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="122"/>
        <source>{path} is not a photo Feder can use (JPEG, PNG, WebP, GIF or SVG).</source>
        <translation>{path} ist kein Foto, das Feder verwenden kann (JPEG, PNG, WebP, GIF oder SVG).</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="131"/>
        <source>The photo {path} is {size} MB; please choose one under 10 MB.</source>
        <translation>Das Foto {path} ist {size} MB groß; bitte eines unter 10 MB wählen.</translation>
    </message>
    <message>
        <location filename="../editor/core/authors/profile.py" line="127"/>
        <source>The photo {path} could not be read: {reason}</source>
        <translation>Das Foto {path} konnte nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../editor/core/files/backups.py" line="137"/>
        <source>A backup of {path} could not be made: {reason}</source>
        <translation>Von {path} konnte keine Sicherungskopie angelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../editor/core/checks/findings.py" line="16"/>
        <source>Ready to publish: no problems found.</source>
        <extracomment>What the panel and the command line say when no rule finds anything.</extracomment>
        <translation>Bereit zur Veröffentlichung: keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/field_rules.py" line="27"/>
        <source>The article has no headline.</source>
        <translation>Der Artikel hat keine Überschrift.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/field_rules.py" line="28"/>
        <source>The headline has {length} characters; the limit is {limit}.</source>
        <translation>Die Überschrift hat {length} Zeichen; erlaubt sind {limit}.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/field_rules.py" line="36"/>
        <source>The article has no teaser.</source>
        <translation>Der Artikel hat keinen Anreißer.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/field_rules.py" line="37"/>
        <source>The teaser has {length} characters; the limit is {limit}.</source>
        <translation>Der Anreißer hat {length} Zeichen; erlaubt sind {limit}.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/field_rules.py" line="60"/>
        <source>The date „{value}“ is not a date of the calendar; write it as YYYY-MM-DD.</source>
        <translation>Das Datum „{value}“ gibt es im Kalender nicht; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/field_rules.py" line="72"/>
        <source>The featured image has no alt text.</source>
        <translation>Das Beitragsbild hat keinen Alternativtext.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/field_rules.py" line="74"/>
        <source>The featured image has no credit.</source>
        <translation>Das Beitragsbild hat keinen Bildnachweis.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/body_rules.py" line="33"/>
        <location filename="../editor/core/checks/field_rules.py" line="79"/>
        <source>Image file not found: {src}</source>
        <translation>Bilddatei nicht gefunden: {src}</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/body_rules.py" line="23"/>
        <source>Image without alt text: {src}</source>
        <translation>Bild ohne Alternativtext: {src}</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/body_rules.py" line="28"/>
        <source>Image without credit: {src}</source>
        <translation>Bild ohne Bildnachweis: {src}</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/body_rules.py" line="45"/>
        <source>Heading level skipped: H{level} follows H{previous}.</source>
        <translation>Überschriftenebene übersprungen: H{level} folgt auf H{previous}.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/body_rules.py" line="62"/>
        <source>Empty section: „{title}“ has no text.</source>
        <translation>Leerer Abschnitt: Unter „{title}“ steht kein Text.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/link_rules.py" line="26"/>
        <source>Link to a local address that readers cannot open: {url}</source>
        <translation>Link auf eine lokale Adresse, die Leserinnen und Leser nicht öffnen können: {url}</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/prose_rules.py" line="45"/>
        <source>A hyphen between words ({count}); a dash is written –.</source>
        <translation>Bindestrich zwischen Wörtern ({count}); ein Gedankenstrich wird – geschrieben.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/link_rules.py" line="63"/>
        <source>Remove the link, keep its text</source>
        <translation>Link entfernen, Text behalten</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/link_rules.py" line="67"/>
        <source>Image without an address: „{text}“ points to „{target}“.</source>
        <translation>Bild ohne Adresse: „{text}“ verweist auf „{target}“.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/link_rules.py" line="69"/>
        <source>Link without an address: „{text}“ points to „{target}“.</source>
        <translation>Link ohne Adresse: „{text}“ verweist auf „{target}“.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/prose_rules.py" line="31"/>
        <source>Straight quotation marks in German text ({count}); use {double} or {single}.</source>
        <translation>Gerade Anführungszeichen im deutschen Text ({count}); besser {double} oder {single}.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/prose_rules.py" line="60"/>
        <source>Doubled word: „{first} {second}“</source>
        <translation>Doppeltes Wort: „{first} {second}“</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/prose_rules.py" line="89"/>
        <source>Probable typo: „{word}“ (meant „{meant}“?)</source>
        <translation>Wahrscheinlich vertippt: „{word}“ („{meant}“ gemeint?)</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/prose_rules.py" line="97"/>
        <source>Misspelled: „{word}“</source>
        <translation>Falsch geschrieben: „{word}“</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/link_rules.py" line="121"/>
        <source>Address of a file on this computer, which readers cannot open: {path}</source>
        <translation>Adresse einer Datei auf diesem Computer, die Leser nicht öffnen können: {path}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../editor/ui/checks/panel.py" line="45"/>
        <source>Check before publishing</source>
        <translation>Vor dem Veröffentlichen prüfen</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/panel.py" line="51"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/panel.py" line="58"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/panel.py" line="71"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/panel.py" line="83"/>
        <source>Ready to publish.</source>
        <translation>Bereit zur Veröffentlichung.</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/panel.py" line="87"/>
        <source>Line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/panel.py" line="96"/>
        <source>{message}
Fix: {fix}</source>
        <translation>{message}
Beheben: {fix}</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/panel.py" line="102"/>
        <source>{count} things to look at before publishing.</source>
        <translation>Vor dem Veröffentlichen zu prüfen: {count}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../editor/cli.py" line="98"/>
        <source>Feder, an editor for articles. Without a command it opens the window.</source>
        <extracomment>Modules under editor.commands, each with register(subparsers).</extracomment>
        <translation>Feder, ein Editor für Artikel. Ohne Befehl öffnet es das Fenster.</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="106"/>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="108"/>
        <source>interface language: de, en or system</source>
        <translation>Sprache der Oberfläche: de, en oder system</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="112"/>
        <source>open a window of its own even if Feder is running already</source>
        <translation>ein eigenes Fenster öffnen, auch wenn Feder schon läuft</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="114"/>
        <source>article to open (Markdown)</source>
        <translation>zu öffnender Artikel (Markdown)</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="141"/>
        <source>commands (feder COMMAND --help tells more):</source>
        <translation>Befehle (feder BEFEHL --help sagt mehr):</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="191"/>
        <source>Could not write the output: {reason}</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="173"/>
        <source>Unexpected error, please report it to Feder&apos;s authors: {reason}</source>
        <translation>Unerwarteter Fehler, bitte melden Sie ihn den Autoren von Feder: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="40"/>
        <source>check articles before publishing</source>
        <translation>Artikel vor dem Veröffentlichen prüfen</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="41"/>
        <source>Check articles before publishing: headline, teaser, images and credits, headings, links, quotation marks, doubled words, spelling. Exit status 0: ready, 1: problems found, 2: an article could not be read.</source>
        <translation>Artikel vor dem Veröffentlichen prüfen: Überschrift, Anreißer, Bilder und Bildnachweise, Zwischenüberschriften, Links, Anführungszeichen, doppelte Wörter, Rechtschreibung. Rückgabewert 0: bereit, 1: Probleme gefunden, 2: ein Artikel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="59"/>
        <location filename="../editor/commands/spell.py" line="43"/>
        <source>the article (Markdown with front matter)</source>
        <translation>der Artikel (Markdown mit YAML-Kopf)</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="47"/>
        <location filename="../editor/commands/export.py" line="28"/>
        <source>the article (Markdown with front matter); - reads standard input</source>
        <translation>der Artikel (Markdown mit Front Matter); - liest die Standardeingabe</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="49"/>
        <source>text: FILE:LINE:COLUMN: message; json: one JSON object per finding and line (default: %(default)s)</source>
        <translation>text: DATEI:ZEILE:SPALTE: Meldung; json: ein JSON-Objekt je Befund und Zeile (Vorgabe: %(default)s)</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="51"/>
        <source>longest headline in characters (default: %(default)s)</source>
        <translation>längste erlaubte Überschrift in Zeichen (Standard: %(default)s)</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="53"/>
        <source>longest teaser in characters (default: %(default)s)</source>
        <translation>längster erlaubter Anreißer in Zeichen (Standard: %(default)s)</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="55"/>
        <source>leave out the spelling check</source>
        <translation>Rechtschreibprüfung auslassen</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="120"/>
        <source>not a whole number: {value}</source>
        <translation>keine ganze Zahl: {value}</translation>
    </message>
    <message>
        <location filename="../editor/commands/check.py" line="123"/>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="25"/>
        <source>export an article as an HTML page, an HTML fragment or Markdown</source>
        <translation>einen Artikel als HTML-Seite, HTML-Fragment oder Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="26"/>
        <source>Export an article. Without -o the result goes to standard output.</source>
        <translation>Einen Artikel exportieren. Ohne -o geht das Ergebnis auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="31"/>
        <source>html (page), fragment (for a CMS), hugo, jekyll, eleventy (Markdown for that site, images copied along), md (generic front matter) or md-plain; default: html</source>
        <translation>html (Seite), fragment (für ein CMS), hugo, jekyll, eleventy (Markdown für diese Website, Bilder werden mitkopiert), md (allgemeine Front Matter) oder md-plain; Standard: html</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="35"/>
        <source>file to write (replaced atomically), or a folder for hugo, jekyll, eleventy and md (the site&apos;s file name); &apos;-&apos; or none: standard output</source>
        <translation>zu schreibende Datei (wird atomar ersetzt) oder ein Ordner für hugo, jekyll, eleventy und md (Dateiname der Website); &apos;-&apos; oder keine Angabe: Standardausgabe</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="40"/>
        <source>local images: copy (to where the page finds them), embed (HTML only, as data URIs) or keep (links unchanged); default: copy for html, hugo, jekyll and eleventy with -o, else keep</source>
        <translation>lokale Bilder: copy (dorthin kopieren, wo die Seite sie findet), embed (nur HTML, als Data-URIs) oder keep (Links unverändert); Standard: copy für html, hugo, jekyll und eleventy mit -o, sonst keep</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="44"/>
        <source>embed local images in the HTML (same as --images embed)</source>
        <translation>lokale Bilder in das HTML einbetten (wie --images embed)</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="46"/>
        <source>remove scripts and event handlers from the HTML (default: on for fragment, off for html)</source>
        <translation>Skripte und Event-Handler aus dem HTML entfernen (Standard: an bei fragment, aus bei html)</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="49"/>
        <source>your own Jinja2 template for html or fragment</source>
        <translation>eigene Jinja2-Vorlage für html oder fragment</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="51"/>
        <source>fragment: keep Feder&apos;s CSS class names</source>
        <translation>fragment: Feders CSS-Klassennamen behalten</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="53"/>
        <source>site address that makes the page&apos;s og:image absolute</source>
        <translation>Adresse der Website, mit der og:image der Seite absolut wird</translation>
    </message>
    <message>
        <location filename="../editor/commands/spell.py" line="34"/>
        <source>list misspelled words with suggestions</source>
        <translation>falsch geschriebene Wörter mit Vorschlägen auflisten</translation>
    </message>
    <message>
        <location filename="../editor/commands/spell.py" line="35"/>
        <source>List every misspelled word as FILE:LINE:COL: word -&gt; suggestions. Exit status 0: none found, 1: words found, 2: an error.</source>
        <translation>Jedes falsch geschriebene Wort als DATEI:ZEILE:SPALTE: Wort -&gt; Vorschläge auflisten. Exit-Status 0: keines gefunden, 1: Wörter gefunden, 2: ein Fehler.</translation>
    </message>
    <message>
        <location filename="../editor/commands/spell.py" line="47"/>
        <source>spelling language, e.g. de_CH (default: the article&apos;s)</source>
        <translation>Sprache der Rechtschreibprüfung, z. B. de_CH (Standard: die des Artikels)</translation>
    </message>
    <message>
        <location filename="../editor/commands/spell.py" line="51"/>
        <source>output format (default: %(default)s)</source>
        <translation>Ausgabeformat (Standard: %(default)s)</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="90"/>
        <source>Copied image {source} to {copy}</source>
        <translation>Bild {source} nach {copy} kopiert</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="93"/>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="48"/>
        <source>send an article to a WordPress site as a draft</source>
        <translation>einen Artikel als Entwurf an eine WordPress-Website senden</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="49"/>
        <source>Send an article to a WordPress site as a draft, or update the draft sent before. The application password comes from FEDER_WP_PASSWORD, the keyring, or is asked for. The pre-publish check of feder check runs first: its errors stop the send (see --anyway), its warnings are only printed. Exit status 0: sent, 1: error, 3: the post is no longer a draft (see --force), 4: the check found errors and nothing was sent.</source>
        <translation>Einen Artikel als Entwurf an eine WordPress-Website senden oder den zuvor gesendeten Entwurf aktualisieren. Das Anwendungspasswort kommt aus FEDER_WP_PASSWORD, dem Schlüsselbund oder wird abgefragt. Zuerst läuft die Prüfung vor dem Veröffentlichen von feder check: Fehler halten das Senden auf (siehe --anyway), Warnungen werden nur ausgegeben. Rückgabewert 0: gesendet, 1: Fehler, 3: der Beitrag ist kein Entwurf mehr (siehe --force), 4: die Prüfung hat Fehler gefunden, nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="61"/>
        <source>the site, as added with feder site add</source>
        <translation>die Website, wie mit feder site add angelegt</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="63"/>
        <source>update the post even if it is no longer a draft (its status stays)</source>
        <translation>den Beitrag auch aktualisieren, wenn er kein Entwurf mehr ist (sein Status bleibt)</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="65"/>
        <source>send even if the pre-publish check finds errors (they are printed as warnings)</source>
        <translation>auch senden, wenn die Prüfung vor dem Veröffentlichen Fehler findet (sie werden als Warnungen ausgegeben)</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="104"/>
        <source>Draft created on {site}: {url}</source>
        <translation>Entwurf auf {site} angelegt: {url}</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="105"/>
        <source>Draft updated on {site}: {url}</source>
        <translation>Entwurf auf {site} aktualisiert: {url}</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="107"/>
        <source>Edit it in WordPress: {url}</source>
        <translation>In WordPress bearbeiten: {url}</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="108"/>
        <source>Images uploaded: {uploaded}, re-used: {reused}.</source>
        <translation>Bilder hochgeladen: {uploaded}, wiederverwendet: {reused}.</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="111"/>
        <source>Note: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="129"/>
        <source>feder: warning: the pre-publish check found {count} error(s); sending anyway (--anyway).</source>
        <translation>feder: Warnung: Die Prüfung vor dem Veröffentlichen hat {count} Fehler gefunden; es wird trotzdem gesendet (--anyway).</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="132"/>
        <source>feder: the pre-publish check found {count} error(s); nothing was sent. Fix them, or send anyway with --anyway.</source>
        <translation>feder: Die Prüfung vor dem Veröffentlichen hat {count} Fehler gefunden; nichts wurde gesendet. Beheben Sie sie oder senden Sie trotzdem mit --anyway.</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="152"/>
        <source>Application password for {user} on {site}: </source>
        <translation>Anwendungspasswort für {user} auf {site}: </translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="25"/>
        <source>add, list or remove the WordPress sites to publish to</source>
        <translation>WordPress-Websites zum Veröffentlichen anlegen, auflisten oder entfernen</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="26"/>
        <source>Manage the WordPress sites feder publish sends to.</source>
        <translation>Die WordPress-Websites verwalten, an die feder publish sendet.</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="29"/>
        <source>add a site (or change one)</source>
        <translation>eine Website anlegen (oder ändern)</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="30"/>
        <source>a short name for the site</source>
        <translation>ein kurzer Name für die Website</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="31"/>
        <source>the site&apos;s address, e.g. https://example.org</source>
        <translation>die Adresse der Website, z. B. https://example.org</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="32"/>
        <source>the WordPress user name</source>
        <translation>der WordPress-Benutzername</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="34"/>
        <source>repeat the featured image in the content (for themes that do not show it)</source>
        <translation>das Beitragsbild im Inhalt wiederholen (für Themes, die es nicht zeigen)</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="36"/>
        <source>leave the author box out of the content (for themes that show their own)</source>
        <translation>den Autorenkasten im Inhalt weglassen (für Themes mit eigenem)</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="38"/>
        <source>never create tags or categories on the site</source>
        <translation>nie Schlagwörter oder Kategorien auf der Website anlegen</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="40"/>
        <source>list the sites</source>
        <translation>die Websites auflisten</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="42"/>
        <source>remove a site and its stored password</source>
        <translation>eine Website und ihr gespeichertes Passwort entfernen</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="55"/>
        <source>Site {name} saved: {url} as {user}.</source>
        <translation>Website {name} gespeichert: {url} als {user}.</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="62"/>
        <source>Application password for {user} (stored in the keyring; Enter skips): </source>
        <translation>Anwendungspasswort für {user} (wird im Schlüsselbund gespeichert; Eingabetaste überspringt): </translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="66"/>
        <source>The password is in the keyring ({backend}).</source>
        <translation>Das Passwort liegt im Schlüsselbund ({backend}).</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="74"/>
        <source>No sites yet. Add one with: feder site add NAME URL --user USER</source>
        <translation>Noch keine Websites. Eine anlegen mit: feder site add NAME URL --user BENUTZER</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="79"/>
        <source>no keyring</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="81"/>
        <source>password in keyring</source>
        <translation>Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="83"/>
        <source>no password stored</source>
        <translation>kein Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="86"/>
        <source>image in content</source>
        <translation>Bild im Inhalt</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="88"/>
        <source>no author box</source>
        <translation>kein Autorenkasten</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="90"/>
        <source>creates no terms</source>
        <translation>legt keine Begriffe an</translation>
    </message>
    <message>
        <location filename="../editor/commands/site.py" line="99"/>
        <source>Site {name} removed.</source>
        <translation>Website {name} entfernt.</translation>
    </message>
    <message>
        <location filename="../editor/commands/_io.py" line="42"/>
        <source>Standard input could not be read: {reason}</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/commands/_io.py" line="47"/>
        <source>Standard input is larger than {limit} MB, too large for an article.</source>
        <translation>Die Standardeingabe ist größer als {limit} MB, zu groß für einen Artikel.</translation>
    </message>
    <message>
        <location filename="../editor/commands/_io.py" line="78"/>
        <source>Could not write to standard output: {reason}</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="156"/>
        <source>Compare “{name}”</source>
        <translation>„{name}“ vergleichen</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="156"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="159"/>
        <source>This article was never saved; everything below is recovered text.</source>
        <translation>Dieser Artikel wurde nie gespeichert; alles unten ist wiederhergestellter Text.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="161"/>
        <source>The file {path} cannot be read now; everything below is recovered text.</source>
        <translation>Die Datei {path} ist gerade nicht lesbar; alles unten ist wiederhergestellter Text.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="165"/>
        <source>The recovered text is the same as the file on disk.</source>
        <translation>Der wiederhergestellte Text stimmt mit der Datei auf dem Datenträger überein.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="167"/>
        <source>Lines marked − are only in the file on disk, lines marked + only in the recovered text.</source>
        <translation>Mit − markierte Zeilen stehen nur in der Datei auf dem Datenträger, mit + markierte nur im wiederhergestellten Text.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="185"/>
        <source>on disk</source>
        <translation>auf dem Datenträger</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="185"/>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../editor/ui/fields/date_field.py" line="39"/>
        <source>No date (e.g. {example})</source>
        <translation>Kein Datum (z. B. {example})</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/date_field.py" line="44"/>
        <source>Pick the date in a calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/date_field.py" line="52"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/date_field.py" line="53"/>
        <source>Set today&apos;s date</source>
        <translation>Das heutige Datum eintragen</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/date_field.py" line="56"/>
        <source>Remove the date</source>
        <translation>Das Datum entfernen</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/date_field.py" line="149"/>
        <source>Not a date. Type it like {example} or 2025-12-01.</source>
        <translation>Kein Datum. Bitte so eingeben: {example} oder 2025-12-01.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../editor/commands/export.py" line="76"/>
        <source>Copying images needs an output file (-o); use --embed-images instead.</source>
        <translation>Zum Kopieren der Bilder ist eine Ausgabedatei nötig (-o); sonst --embed-images verwenden.</translation>
    </message>
    <message>
        <location filename="../editor/commands/export.py" line="80"/>
        <source>Copying images needs an output file or folder (-o).</source>
        <translation>Zum Kopieren der Bilder braucht es eine Ausgabedatei oder einen Ordner (-o).</translation>
    </message>
    <message>
        <location filename="../editor/core/export/formats.py" line="19"/>
        <source>HTML page</source>
        <extracomment>Format names as the command line and the dialog use them.</extracomment>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <location filename="../editor/core/export/formats.py" line="20"/>
        <source>HTML fragment for a CMS</source>
        <translation>HTML-Fragment für ein CMS</translation>
    </message>
    <message>
        <location filename="../editor/core/export/formats.py" line="25"/>
        <source>Plain Markdown</source>
        <translation>Reines Markdown</translation>
    </message>
    <message>
        <location filename="../editor/core/export/exporters.py" line="75"/>
        <source>Unknown export format {format}. Choose one of: {formats}.</source>
        <translation>Unbekanntes Exportformat {format}. Möglich sind: {formats}.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/exporters.py" line="82"/>
        <source>Unknown image handling {mode}. Choose copy, embed or keep.</source>
        <translation>Unbekannte Bildbehandlung {mode}. Möglich sind copy, embed oder keep.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/exporters.py" line="88"/>
        <source>Templates apply to the HTML formats only.</source>
        <translation>Vorlagen gelten nur für die HTML-Formate.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/exporters.py" line="128"/>
        <source>{path} is the article itself. Choose another file for the export.</source>
        <translation>{path} ist der Artikel selbst. Bitte eine andere Datei für den Export wählen.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/exporters.py" line="135"/>
        <source>{path} was not written: the folder {folder} does not exist.</source>
        <translation>{path} wurde nicht geschrieben: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/exporters.py" line="144"/>
        <source>The folder {folder} for the images could not be made: {reason}</source>
        <translation>Der Ordner {folder} für die Bilder konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/export/export_images.py" line="31"/>
        <source>The image {image} could not be read: {reason}</source>
        <extracomment>Files Feder copies or embeds as images; anything else named in &lt;img src&gt; is refused, so an export can never carry off a file that is not a picture.</extracomment>
        <translation>Das Bild {image} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/export/formats.py" line="21"/>
        <source>Hugo (page bundle with its images)</source>
        <translation>Hugo (Page Bundle mit seinen Bildern)</translation>
    </message>
    <message>
        <location filename="../editor/core/export/formats.py" line="22"/>
        <source>Jekyll (post with its images)</source>
        <translation>Jekyll (Beitrag mit seinen Bildern)</translation>
    </message>
    <message>
        <location filename="../editor/core/export/formats.py" line="23"/>
        <source>Eleventy (page with its images)</source>
        <translation>Eleventy (Seite mit ihren Bildern)</translation>
    </message>
    <message>
        <location filename="../editor/core/export/formats.py" line="24"/>
        <source>Markdown with front matter (generic)</source>
        <translation>Markdown mit Front Matter (allgemein)</translation>
    </message>
    <message>
        <location filename="../editor/core/export/exporters.py" line="91"/>
        <source>Markdown cannot embed images. Choose copy or keep.</source>
        <translation>Markdown kann keine Bilder einbetten. Wählen Sie copy oder keep.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/exporters.py" line="123"/>
        <source>The folder {folder} could not be made: {reason}</source>
        <translation>Der Ordner {folder} konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/export/html_export.py" line="68"/>
        <source>The template {path} includes or extends itself.</source>
        <translation>Die Vorlage {path} bindet sich selbst ein oder erweitert sich selbst.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/html_export.py" line="151"/>
        <source>The template {path} does not exist.</source>
        <extracomment>The sanitiser keeps the markup articles use (figures, tables, footnotes) and drops scripts, styles, event handlers and dangerous URLs.</extracomment>
        <translation>Die Vorlage {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/html_export.py" line="161"/>
        <source>The template {path} has an error (line {line}): {problem}</source>
        <translation>Die Vorlage {path} hat einen Fehler (Zeile {line}): {problem}</translation>
    </message>
    <message>
        <location filename="../editor/core/export/export_images.py" line="137"/>
        <source>The image {image} has a relative path, but the article has not been saved yet, so Feder cannot tell where it is. Save the article first.</source>
        <translation>Das Bild {image} hat einen relativen Pfad, aber der Artikel ist noch nicht gespeichert, daher weiß Feder nicht, wo es liegt. Bitte den Artikel zuerst speichern.</translation>
    </message>
    <message>
        <location filename="../editor/core/export/export_images.py" line="148"/>
        <source>The image {image} was not found (looked for {path}).</source>
        <translation>Das Bild {image} wurde nicht gefunden (gesucht: {path}).</translation>
    </message>
    <message>
        <location filename="../editor/core/export/export_images.py" line="154"/>
        <source>{image} is not a picture Feder can export (allowed: {types}).</source>
        <translation>{image} ist kein Bild, das Feder exportieren kann (erlaubt: {types}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="94"/>
        <source>Export Article</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="81"/>
        <source>Exported to {name}</source>
        <translation>Exportiert nach {name}</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="82"/>
        <source>Exported to {name}; images copied: {images}</source>
        <translation>Exportiert nach {name}; kopierte Bilder: {images}</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="107"/>
        <source>Copy to where the page finds them</source>
        <translation>Dorthin kopieren, wo die Seite sie findet</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="108"/>
        <source>Embed in the HTML file</source>
        <translation>In die HTML-Datei einbetten</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="109"/>
        <source>Keep the links as they are</source>
        <translation>Links unverändert lassen</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="110"/>
        <source>Remove scripts and event handlers (sanitise)</source>
        <translation>Skripte und Event-Handler entfernen (bereinigen)</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="111"/>
        <source>Keep Feder&apos;s CSS class names</source>
        <translation>Feders CSS-Klassennamen behalten</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="113"/>
        <source>Feder&apos;s default template</source>
        <translation>Feders Standardvorlage</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="116"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="117"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="118"/>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="121"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="130"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="169"/>
        <source>Choose a file to export to.</source>
        <translation>Bitte eine Datei für den Export wählen.</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="192"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="193"/>
        <source>“{name}” exists already in {folder}. Replace it with this export?</source>
        <translation>„{name}“ gibt es schon in {folder}. Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="262"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="271"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="278"/>
        <source>Choose a template</source>
        <translation>Vorlage auswählen</translation>
    </message>
    <message>
        <location filename="../editor/ui/export/dialog.py" line="279"/>
        <source>Jinja2 templates (*.j2 *.html *.jinja);;All files (*)</source>
        <translation>Jinja2-Vorlagen (*.j2 *.html *.jinja);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ExternalChangePrompt</name>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="181"/>
        <source>Article deleted on disk</source>
        <translation>Artikel auf dem Datenträger gelöscht</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="182"/>
        <source>“{name}” was deleted or moved by another program.</source>
        <translation>„{name}“ wurde von einem anderen Programm gelöscht oder verschoben.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="184"/>
        <source>Feder still has the whole text. Save it again now, or keep it open and save later.</source>
        <translation>Der ganze Text ist in Feder noch vorhanden. Jetzt erneut speichern oder geöffnet lassen und später speichern.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="187"/>
        <source>Save Again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="188"/>
        <location filename="../editor/ui/files/file_watcher.py" line="202"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="190"/>
        <source>Article changed on disk</source>
        <translation>Artikel auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="191"/>
        <source>“{name}” was changed by another program.</source>
        <translation>„{name}“ wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="193"/>
        <source>Reload shows the version on disk; your unsaved changes stay in the undo history. </source>
        <translation>„Neu laden“ zeigt die Fassung auf dem Datenträger; Ihre ungespeicherten Änderungen bleiben im Rückgängig-Verlauf. </translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="195"/>
        <source>Reload shows the version on disk. </source>
        <translation>„Neu laden“ zeigt die Fassung auf dem Datenträger. </translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="198"/>
        <source>Keep Mine keeps your text; when you save it, the other version is kept as a backup.</source>
        <translation>„Meine behalten“ behält Ihren Text; beim Speichern wird die andere Fassung als Sicherungskopie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/file_watcher.py" line="201"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="86"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="106"/>
        <source>The front matter has an error; fix it in the text first.
{error}</source>
        <translation>Der YAML-Kopf hat einen Fehler; bitte zuerst im Text beheben.
{error}</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="208"/>
        <source>Generate the slug from the headline again</source>
        <translation>Den Slug neu aus der Überschrift erzeugen</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="210"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="62"/>
        <location filename="../editor/ui/fields/panel.py" line="219"/>
        <source>Featured image</source>
        <translation>Beitragsbild</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="225"/>
        <source>File or web address</source>
        <translation>Datei oder Webadresse</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="226"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="228"/>
        <source>What the picture shows</source>
        <translation>Was das Bild zeigt</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="198"/>
        <source>Section, e.g. Business</source>
        <translation>Rubrik, z. B. Wirtschaft</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="231"/>
        <source>Featured image: Name | Agency</source>
        <translation>Beitragsbild: Name | Agentur</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="55"/>
        <location filename="../editor/ui/fields/panel.py" line="234"/>
        <source>Kicker</source>
        <extracomment>What the writer calls each front matter key (for messages naming a change).</extracomment>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="56"/>
        <location filename="../editor/ui/fields/panel.py" line="235"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="57"/>
        <location filename="../editor/ui/fields/panel.py" line="236"/>
        <source>Teaser</source>
        <translation>Anreißer</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="58"/>
        <location filename="../editor/ui/fields/panel.py" line="237"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="59"/>
        <location filename="../editor/ui/fields/panel.py" line="238"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="60"/>
        <location filename="../editor/ui/fields/panel.py" line="239"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="61"/>
        <location filename="../editor/ui/fields/panel.py" line="240"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="63"/>
        <source>Authors</source>
        <translation>Autorinnen und Autoren</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="64"/>
        <source>Words ignored in this article</source>
        <translation>In diesem Artikel ignorierte Wörter</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="245"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="246"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="247"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="248"/>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel.py" line="350"/>
        <source>Choose the featured image</source>
        <translation>Beitragsbild auswählen</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel_layout.py" line="43"/>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/panel_layout.py" line="51"/>
        <source>{over} characters over the limit</source>
        <translation>{over} Zeichen zu lang</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../editor/core/text/find.py" line="41"/>
        <source>Enter some text to find.</source>
        <translation>Bitte einen Suchtext eingeben.</translation>
    </message>
    <message>
        <location filename="../editor/core/text/find.py" line="52"/>
        <source>Invalid regular expression: {reason}</source>
        <translation>Ungültiger regulärer Ausdruck: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/text/find.py" line="83"/>
        <source>Invalid replacement: {reason}</source>
        <translation>Ungültige Ersetzung: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="170"/>
        <source>Replaced: {count}</source>
        <translation>Ersetzt: {count}</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="162"/>
        <location filename="../editor/ui/editing/find_bar.py" line="305"/>
        <location filename="../editor/ui/editing/find_bar.py" line="355"/>
        <source>No matches</source>
        <extracomment>The highlight-all selections changed (already applied to the target). The bar was closed (Esc or its close button); focus went back to the editor. Replace changed front matter keys (only with &quot;also in fields&quot; ticked): their names.</extracomment>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="165"/>
        <source>Replaced: {count} ({fields} in fields)</source>
        <translation>Ersetzt: {count} ({fields} in Feldern)</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="181"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="185"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="188"/>
        <source>With regular expressions, \1 or \g&lt;name&gt; inserts what a group matched.</source>
        <translation>Bei regulären Ausdrücken fügt \1 oder \g&lt;name&gt; ein, was eine Gruppe gefunden hat.</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="193"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="194"/>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="195"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="197"/>
        <source>Highlight all</source>
        <translation>Alle hervorheben</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="199"/>
        <source>Also in fields</source>
        <translation>Auch in Feldern</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="201"/>
        <source>Search and replace in the article fields (front matter) too, not only in the text</source>
        <translation>Auch in den Artikelfeldern (Front Matter) suchen und ersetzen, nicht nur im Text</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="207"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="210"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="213"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="216"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="219"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="323"/>
        <source>{number} of {total}</source>
        <translation>{number} von {total}</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/find_bar.py" line="353"/>
        <source>Matches: {count}</source>
        <translation>Treffer: {count}</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <location filename="../editor/core/text/frontmatter.py" line="127"/>
        <source>The front matter is nested more than {limit} levels deep.</source>
        <extracomment>The order new front matter keys are put in; other keys follow, as they were added. Deepest nesting of ``[`` and ``{`` accepted in front matter; real articles need 3.</extracomment>
        <translation>Der YAML-Kopf ist mehr als {limit} Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../editor/core/text/frontmatter.py" line="136"/>
        <source>The front matter uses YAML aliases (*name), which Feder does not accept.</source>
        <translation>Der YAML-Kopf verwendet YAML-Aliase (*name), die Feder nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../editor/core/text/frontmatter.py" line="146"/>
        <location filename="../editor/core/text/frontmatter.py" line="156"/>
        <source>The front matter is not valid YAML (line {line}: {problem}).</source>
        <translation>Der YAML-Kopf ist kein gültiges YAML (Zeile {line}: {problem}).</translation>
    </message>
    <message>
        <location filename="../editor/core/text/frontmatter.py" line="164"/>
        <source>The front matter is not a list of keys and values.</source>
        <translation>Der YAML-Kopf ist keine Liste aus Schlüsseln und Werten.</translation>
    </message>
    <message>
        <location filename="../editor/core/text/frontmatter.py" line="236"/>
        <location filename="../editor/core/text/frontmatter.py" line="245"/>
        <location filename="../editor/core/text/frontmatter.py" line="259"/>
        <source>The front matter is not valid TOML (line {line}: {problem}).</source>
        <translation>Die Front Matter ist kein gültiges TOML (Zeile {line}: {problem}).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="30"/>
        <source>Section heading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="30"/>
        <source>A heading inside the article (the headline is a field)</source>
        <translation>Eine Überschrift im Artikel (die Schlagzeile ist ein Feld)</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="31"/>
        <source>Sub-heading</source>
        <translation>Unterüberschrift</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="31"/>
        <source>A heading one level below</source>
        <translation>Eine Überschrift eine Ebene darunter</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="32"/>
        <source>bold</source>
        <translation>fett</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="32"/>
        <source>Bold text</source>
        <translation>Fetter Text</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="33"/>
        <source>italic</source>
        <translation>kursiv</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="33"/>
        <source>Italic text</source>
        <translation>Kursiver Text</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="34"/>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="34"/>
        <source>A link</source>
        <translation>Ein Link</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="35"/>
        <source>A quotation</source>
        <translation>Ein Zitat</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="35"/>
        <source>A block quote</source>
        <translation>Ein abgesetztes Zitat</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="36"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="36"/>
        <source>A bulleted list; 1. gives a numbered one</source>
        <translation>Eine Aufzählung; 1. ergibt eine nummerierte Liste</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="37"/>
        <source>Code inside a line</source>
        <translation>Code innerhalb einer Zeile</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="38"/>
        <source>A thematic break (a line of its own, with blank lines around it)</source>
        <translation>Ein Trennstrich (eigene Zeile, mit Leerzeilen davor und danach)</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="40"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="40"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="40"/>
        <source>Photo: Name | Agency</source>
        <translation>Foto: Name | Agentur</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="41"/>
        <source>A figure: the image with its caption (the title in quotes) and its credit, on a line of its own</source>
        <translation>Ein Bild mit Bildunterschrift (der Titel in Anführungszeichen) und Bildnachweis, in einer eigenen Zeile</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="43"/>
        <source>A table</source>
        <translation>Eine Tabelle</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="44"/>
        <source>With German typography on: „…“, the dash – and the ellipsis …</source>
        <translation>Mit deutscher Typografie: „…“, der Gedankenstrich – und die Auslassungspunkte …</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="45"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="45"/>
        <source>word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="45"/>
        <source>A hyphen between spaced words becomes a dash –</source>
        <translation>Ein Bindestrich zwischen Wörtern mit Leerzeichen wird zum Gedankenstrich –</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="65"/>
        <source>Feder Help</source>
        <translation>Feder-Hilfe</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="68"/>
        <source>You type</source>
        <translation>Sie tippen</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="68"/>
        <source>You get</source>
        <translation>Sie erhalten</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="70"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="70"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="71"/>
        <source>Markdown and figures</source>
        <translation>Markdown und Bilder</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/help_dialog.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="58"/>
        <source>Images ({patterns})</source>
        <extracomment>Asks the writer for a figure; returns None when they cancel. Tests pass their own.</extracomment>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="115"/>
        <source>No image chosen</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="117"/>
        <source>Web address – the image is not loaded here.</source>
        <translation>Webadresse – das Bild wird hier nicht geladen.</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="119"/>
        <source>Save the article to see images next to it.</source>
        <translation>Speichern Sie den Artikel, um Bilder aus seinem Ordner zu sehen.</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="123"/>
        <source>File not found: {name}</source>
        <translation>Datei nicht gefunden: {name}</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="140"/>
        <source>Not a readable image: {name}</source>
        <translation>Kein lesbares Bild: {name}</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="184"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="186"/>
        <source>File or web address</source>
        <translation>Datei oder Webadresse</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="187"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="191"/>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation>Was das Bild zeigt, für alle, die es nicht sehen können</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="195"/>
        <source>Photo: Name | Agency</source>
        <translation>Foto: Name | Agentur</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="203"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="205"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="206"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="207"/>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="255"/>
        <source>Choose an image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="265"/>
        <source>Insert &amp;Image…</source>
        <translation>&amp;Bild einfügen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/fields/image_dialog.py" line="268"/>
        <source>Insert a picture with caption and credit, or edit the one at the cursor</source>
        <translation>Ein Bild mit Bildunterschrift und Bildnachweis einfügen oder das Bild am Cursor bearbeiten</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <location filename="../editor/ui/window/language_setting.py" line="30"/>
        <source>&amp;Interface Language</source>
        <extracomment>Languages Feder ships, named in their own language (never translated), so a writer who cannot read the current interface still finds their own.</extracomment>
        <translation>Sprache der &amp;Oberfläche</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/language_setting.py" line="33"/>
        <source>Follow &amp;System</source>
        <translation>&amp;Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/language_setting.py" line="42"/>
        <source>Applies after a restart</source>
        <translation>Gilt nach einem Neustart</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../editor/core/languages.py" line="64"/>
        <source>German (Germany)</source>
        <extracomment>The languages Feder offers, in menu order.</extracomment>
        <translation>Deutsch (Deutschland)</translation>
    </message>
    <message>
        <location filename="../editor/core/languages.py" line="65"/>
        <source>German (Austria)</source>
        <translation>Deutsch (Österreich)</translation>
    </message>
    <message>
        <location filename="../editor/core/languages.py" line="66"/>
        <source>German (Switzerland)</source>
        <translation>Deutsch (Schweiz)</translation>
    </message>
    <message>
        <location filename="../editor/core/languages.py" line="67"/>
        <source>English (US)</source>
        <translation>Englisch (USA)</translation>
    </message>
    <message>
        <location filename="../editor/core/languages.py" line="68"/>
        <source>English (UK)</source>
        <translation>Englisch (Großbritannien)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="32"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="52"/>
        <source>Could not open the article</source>
        <translation>Der Artikel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="112"/>
        <source>article.md</source>
        <translation>artikel.md</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="98"/>
        <source>Save Article As</source>
        <translation>Artikel speichern unter</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="226"/>
        <location filename="../editor/ui/window/main_window.py" line="395"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="229"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="230"/>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation>„{name}“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="35"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="42"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="49"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="57"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="63"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="68"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="74"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="77"/>
        <source>&amp;About Feder</source>
        <translation>Ü&amp;ber Feder</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/menus.py" line="84"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/status_bar.py" line="53"/>
        <source>{words} words · {chars} characters · {minutes} min read</source>
        <translation>{words} Wörter · {chars} Zeichen · {minutes} Min. Lesezeit</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/status_bar.py" line="60"/>
        <source>{chars} characters without spaces, counted on the text as published</source>
        <translation>{chars} Zeichen ohne Leerzeichen, gezählt am Text, wie er veröffentlicht wird</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/main_window.py" line="331"/>
        <source>Redone: {names}</source>
        <translation>Wiederhergestellt: {names}</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/main_window.py" line="331"/>
        <source>Undone: {names}</source>
        <translation>Rückgängig gemacht: {names}</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/main_window.py" line="351"/>
        <source>Replaced in the fields: {names}</source>
        <translation>In den Feldern ersetzt: {names}</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/article_commands.py" line="38"/>
        <source>The article was not copied</source>
        <translation>Der Artikel wurde nicht kopiert</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/article_commands.py" line="40"/>
        <source>Article copied as HTML</source>
        <translation>Artikel als HTML kopiert</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="270"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown-Dateien (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="61"/>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="137"/>
        <source>No backup</source>
        <translation>Keine Sicherungskopie</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="140"/>
        <source>Save without keeping the previous version?</source>
        <translation>Speichern, ohne die vorige Fassung aufzubewahren?</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="146"/>
        <location filename="../editor/ui/article/file_commands.py" line="177"/>
        <source>The article was not saved</source>
        <translation>Der Artikel wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="150"/>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="179"/>
        <source>The images could not be copied: {reason}</source>
        <translation>Die Bilder konnten nicht kopiert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="193"/>
        <source>Images outside the article&apos;s folder</source>
        <translation>Bilder außerhalb des Artikelordners</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="195"/>
        <source>These images lie outside the article&apos;s folder:
{names}

Copy them into “bilder” beside the article, or keep linking to them where they are? Either way the article refers to them by a relative path.</source>
        <translation>Diese Bilder liegen außerhalb des Artikelordners:
{names}

Sollen sie in den Ordner „bilder“ neben dem Artikel kopiert werden, oder soll der Artikel weiter auf sie an ihrem Ort verweisen? In beiden Fällen verweist der Artikel mit einem relativen Pfad auf sie.</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="203"/>
        <source>Copy into “bilder”</source>
        <translation>Nach „bilder“ kopieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="207"/>
        <source>Keep the link</source>
        <translation>Verweis behalten</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/file_commands.py" line="266"/>
        <source>Could not reload the article</source>
        <translation>Der Artikel konnte nicht neu geladen werden</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/article_commands.py" line="47"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/article_commands.py" line="48"/>
        <source>Open this address in your web browser?

{url}</source>
        <translation>Diese Adresse im Webbrowser öffnen?

{url}</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/status_bar.py" line="94"/>
        <source>Line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../editor/ui/message_bar.py" line="24"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../editor/ui/checks/outline_panel.py" line="33"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/outline_panel.py" line="69"/>
        <source>No section headings yet (## Heading)</source>
        <translation>Noch keine Zwischenüberschriften (## Überschrift)</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/outline_panel.py" line="76"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../editor/ui/editing/paste.py" line="109"/>
        <source>Paste as &amp;Plain Text</source>
        <translation>Als reinen &amp;Text einfügen</translation>
    </message>
    <message>
        <location filename="../editor/ui/editing/paste.py" line="112"/>
        <source>Paste the copied text without its formatting</source>
        <translation>Den kopierten Text ohne Formatierung einfügen</translation>
    </message>
</context>
<context>
    <name>Portability</name>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="55"/>
        <source>A CommonMark site shows this block differently from Feder&apos;s preview ({feder} here, {site} there).</source>
        <translation>Eine CommonMark-Website zeigt diesen Block anders als Feders Vorschau (hier {feder}, dort {site}).</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="91"/>
        <source>A list right after a paragraph line: Feder&apos;s preview shows it as part of the paragraph, a CommonMark site as a list. Insert a blank line before the list.</source>
        <translation>Eine Liste direkt nach einer Absatzzeile: Feders Vorschau zeigt sie als Teil des Absatzes, eine CommonMark-Website als Liste. Fügen Sie vor der Liste eine Leerzeile ein.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="96"/>
        <source>Insert a blank line before the list</source>
        <translation>Leerzeile vor der Liste einfügen</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="110"/>
        <source>A table right after a paragraph line: Feder&apos;s preview shows it as text, a CommonMark site as a table. Insert a blank line before the table.</source>
        <translation>Eine Tabelle direkt nach einer Absatzzeile: Feders Vorschau zeigt sie als Text, eine CommonMark-Website als Tabelle. Fügen Sie vor der Tabelle eine Leerzeile ein.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="115"/>
        <source>Insert a blank line before the table</source>
        <translation>Leerzeile vor der Tabelle einfügen</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="135"/>
        <source>A list nested by fewer than 4 spaces: Feder&apos;s preview shows it flat, a CommonMark site nested. Indent the nested list by 4 spaces.</source>
        <translation>Eine mit weniger als 4 Leerzeichen eingerückte Unterliste: Feders Vorschau zeigt sie flach, eine CommonMark-Website verschachtelt. Rücken Sie die Unterliste um 4 Leerzeichen ein.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="140"/>
        <source>Indent the nested list by 4 spaces</source>
        <translation>Unterliste um 4 Leerzeichen einrücken</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="142"/>
        <source>A paragraph of a list item indented by fewer than 4 spaces: Feder&apos;s preview puts it after the list, a CommonMark site inside the item. Indent it by 4 spaces.</source>
        <translation>Ein Absatz eines Listenpunkts mit weniger als 4 Leerzeichen Einzug: Feders Vorschau setzt ihn hinter die Liste, eine CommonMark-Website in den Punkt. Rücken Sie ihn um 4 Leerzeichen ein.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="147"/>
        <source>Indent the paragraph by 4 spaces</source>
        <translation>Absatz um 4 Leerzeichen einrücken</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="172"/>
        <source>Fenced code inside a list item: Feder&apos;s preview shows the fence marks, a CommonMark site the code alone. Put the code after the list, without indentation.</source>
        <translation>Codeblock mit Zäunen in einem Listenpunkt: Feders Vorschau zeigt die Zaunzeichen, eine CommonMark-Website nur den Code. Setzen Sie den Code ohne Einzug hinter die Liste.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="181"/>
        <source>A task list: Feder&apos;s preview shows check boxes, a CommonMark site the brackets as text.</source>
        <translation>Eine Aufgabenliste: Feders Vorschau zeigt Kästchen, eine CommonMark-Website die eckigen Klammern als Text.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="205"/>
        <source>A bare web or mail address: Feder&apos;s preview links it, a CommonMark site shows plain text. Put it in angle brackets: &lt;https://…&gt;.</source>
        <translation>Eine nackte Web- oder Mailadresse: Feders Vorschau verlinkt sie, eine CommonMark-Website zeigt reinen Text. Setzen Sie sie in spitze Klammern: &lt;https://…&gt;.</translation>
    </message>
    <message>
        <location filename="../editor/core/checks/portability_diagnosis.py" line="211"/>
        <source>Put the address in angle brackets</source>
        <translation>Adresse in spitze Klammern setzen</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <location filename="../editor/commands/publish.py" line="96"/>
        <source>The draft is on {site} ({url}), but its id could not be written into the article: {reason} Until it is, the next send makes a second draft; add publish: {{{site}: {{id: {id}}}}} to the front matter by hand.</source>
        <translation>Der Entwurf ist auf {site} ({url}), aber seine ID konnte nicht in den Artikel geschrieben werden: {reason} Solange sie fehlt, legt das nächste Senden einen zweiten Entwurf an; bitte publish: {{{site}: {{id: {id}}}}} von Hand in den YAML-Kopf schreiben.</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="142"/>
        <source>No application password for {user} on {site}: set FEDER_WP_PASSWORD, or store it in the keyring with feder site add.</source>
        <translation>Kein Anwendungspasswort für {user} auf {site}: FEDER_WP_PASSWORD setzen oder es mit feder site add im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <location filename="../editor/commands/publish.py" line="155"/>
        <source>No password given; nothing was sent.</source>
        <translation>Kein Passwort eingegeben; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/passwords.py" line="23"/>
        <source>No keyring is available on this computer (for example the Secret Service of GNOME or KDE), so Feder cannot keep the application password. It asks for it each time, or reads it from the environment variable FEDER_WP_PASSWORD.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (etwa der Secret Service von GNOME oder KDE), daher kann Feder das Anwendungspasswort nicht aufbewahren. Feder fragt jedes Mal danach oder liest es aus der Umgebungsvariablen FEDER_WP_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/passwords.py" line="88"/>
        <source>The keyring ({backend}) refused to store the password: {reason}</source>
        <translation>Der Schlüsselbund ({backend}) hat das Speichern des Passworts abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/send_outcome.py" line="70"/>
        <source>Already uploaded to the media library: {media}. The next send re-uses them.</source>
        <translation>Bereits in die Mediathek hochgeladen: {media}. Beim nächsten Senden werden sie wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/send.py" line="166"/>
        <source>Sending was cancelled.</source>
        <translation>Das Senden wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/send.py" line="178"/>
        <source>The draft sent before (#{id}) is no longer on the site; a new one was made.</source>
        <translation>Der zuvor gesendete Entwurf (#{id}) ist nicht mehr auf der Website; ein neuer wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/send.py" line="185"/>
        <source>The draft sent before (#{id}) is in the trash; a new one was made.</source>
        <translation>Der zuvor gesendete Entwurf (#{id}) liegt im Papierkorb; ein neuer wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/send.py" line="191"/>
        <source>The post #{id} on the site is no longer a draft (status: {post_status}). Feder did not change it. Send again and confirm to overwrite it (feder publish --force); its status stays as it is.</source>
        <translation>Der Beitrag #{id} auf der Website ist kein Entwurf mehr (Status: {post_status}). Feder hat ihn nicht verändert. Erneut senden und bestätigen, um ihn zu überschreiben (feder publish --force); sein Status bleibt, wie er ist.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/send.py" line="209"/>
        <source>The featured image {src} is a web address, not a file; WordPress needs it in its media library, so no featured image was set.</source>
        <translation>Das Beitragsbild {src} ist eine Webadresse, keine Datei; WordPress braucht es in seiner Mediathek, daher wurde kein Beitragsbild gesetzt.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/media_upload.py" line="47"/>
        <source>The image {image} could not be read: {reason}</source>
        <translation>Das Bild {image} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/terms_and_authors.py" line="46"/>
        <source>Not mapped, because they are missing on the site and the account may not create them (or the site is set not to): tags {names}.</source>
        <translation>Nicht zugeordnet, weil sie auf der Website fehlen und das Konto sie nicht anlegen darf (oder die Website so eingestellt ist): Schlagwörter {names}.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/terms_and_authors.py" line="48"/>
        <source>Not mapped, because it is missing on the site and the account may not create it (or the site is set not to): category {names}.</source>
        <translation>Nicht zugeordnet, weil sie auf der Website fehlt und das Konto sie nicht anlegen darf (oder die Website so eingestellt ist): Kategorie {names}.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/terms_and_authors.py" line="63"/>
        <source>WordPress keeps one author per post: {name} was mapped, the others ({others}) only appear in the author box.</source>
        <translation>WordPress kennt einen Autor pro Beitrag: {name} wurde zugeordnet, die anderen ({others}) erscheinen nur im Autorenkasten.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/terms_and_authors.py" line="70"/>
        <source>The account {account} may not set another author, so the post stays under {account} instead of {name}.</source>
        <translation>Das Konto {account} darf keinen anderen Autor setzen, daher bleibt der Beitrag bei {account} statt bei {name}.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/terms_and_authors.py" line="84"/>
        <source>No WordPress user is called {name}, so the post stays under {account}.</source>
        <translation>Kein WordPress-Benutzer heißt {name}, daher bleibt der Beitrag bei {account}.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/sites.py" line="61"/>
        <source>{url} is not a web address (expected https://example.org).</source>
        <translation>{url} ist keine Webadresse (erwartet: https://example.org).</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/sites.py" line="70"/>
        <source>“{name}” cannot be a site name: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (up to 64).</source>
        <translation>„{name}“ kann kein Websitename sein: Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden (bis zu 64).</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/sites.py" line="107"/>
        <source>There is no site “{name}”. Known sites: {known}. Add one with: feder site add NAME URL --user USER</source>
        <translation>Es gibt keine Website „{name}“. Bekannte Websites: {known}. Eine anlegen mit: feder site add NAME URL --user BENUTZER</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/sites.py" line="118"/>
        <source>A site needs a user name.</source>
        <translation>Eine Website braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/sites.py" line="139"/>
        <source>{path} is not valid YAML, so the sites could not be read: {problem}</source>
        <translation>{path} ist kein gültiges YAML, daher konnten die Websites nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/sites.py" line="150"/>
        <source>The folder {folder} could not be made: {reason}</source>
        <translation>Der Ordner {folder} konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="44"/>
        <source>Connecting to the site</source>
        <extracomment>The steps of sending, in order, as the progress dialog and the CLI name them.</extracomment>
        <translation>Verbindung zur Website</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="45"/>
        <source>Looking up the existing draft</source>
        <translation>Vorhandenen Entwurf suchen</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="46"/>
        <source>Uploading images</source>
        <translation>Bilder hochladen</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="47"/>
        <source>Mapping tags and category</source>
        <translation>Schlagwörter und Kategorie zuordnen</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="48"/>
        <source>Mapping the author</source>
        <translation>Autor zuordnen</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="49"/>
        <source>Saving the draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="90"/>
        <source>{url} does not answer as a WordPress site with the REST API: neither /wp-json/ nor ?rest_route= gave WordPress&apos;s answer. Check the address, or ask the site&apos;s administrator whether the REST API is switched off (by a security plugin). {detail}</source>
        <translation>{url} antwortet nicht als WordPress-Website mit REST-API: weder /wp-json/ noch ?rest_route= lieferten die Antwort von WordPress. Bitte die Adresse prüfen oder die Administration der Website fragen, ob die REST-API (durch ein Sicherheits-Plugin) abgeschaltet ist. {detail}</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="142"/>
        <source>The site {url} cannot be reached ({reason}). Check the address and the network connection.</source>
        <translation>Die Website {url} ist nicht erreichbar ({reason}). Bitte Adresse und Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="170"/>
        <source>The term exists already.</source>
        <translation>Der Begriff existiert bereits.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="173"/>
        <source>The site refused the user name or the application password (HTTP {status}). Check both; an application password is made in WordPress under Users → Profile.</source>
        <translation>Die Website hat den Benutzernamen oder das Anwendungspasswort abgelehnt (HTTP {status}). Bitte beides prüfen; ein Anwendungspasswort wird in WordPress unter Benutzer → Profil erstellt.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="179"/>
        <source>The site does not accept application passwords ({detail}). WordPress allows them only over HTTPS, unless the site is marked as local.</source>
        <translation>Die Website nimmt keine Anwendungspasswörter an ({detail}). WordPress erlaubt sie nur über HTTPS, außer die Website ist als lokal gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="189"/>
        <source>The account may not upload images to the media library (HTTP 403: {detail}). Ask the site&apos;s administrator for the “Author” role or higher.</source>
        <translation>Das Konto darf keine Bilder in die Mediathek hochladen (HTTP 403: {detail}). Bitte bei der Administration der Website die Rolle „Autor“ oder höher erfragen.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="199"/>
        <source>The account is not allowed to do this (HTTP 403: {detail}).</source>
        <translation>Das Konto darf das nicht (HTTP 403: {detail}).</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="205"/>
        <source>The site&apos;s REST API does not offer this ({detail}); it may be switched off or limited by a plugin.</source>
        <translation>Die REST-API der Website bietet das nicht an ({detail}); sie ist vielleicht abgeschaltet oder durch ein Plugin eingeschränkt.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="215"/>
        <source>The site rejected the request (HTTP {status}, {code}): {detail} A plugin or the site&apos;s settings may not allow it.</source>
        <translation>Die Website hat die Anfrage abgelehnt (HTTP {status}, {code}): {detail} Ein Plugin oder die Einstellungen der Website erlauben es vielleicht nicht.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="224"/>
        <source>The site answered with HTTP {status} {reason} and no WordPress message; a firewall, a proxy or a plugin may have blocked the request.</source>
        <translation>Die Website antwortete mit HTTP {status} {reason} ohne WordPress-Meldung; eine Firewall, ein Proxy oder ein Plugin hat die Anfrage vielleicht blockiert.</translation>
    </message>
    <message>
        <location filename="../editor/core/publish/wordpress.py" line="239"/>
        <source>The site&apos;s answer to {url} is not what WordPress&apos;s REST API sends (not JSON). The address may not be a WordPress site.</source>
        <translation>Die Antwort der Website auf {url} ist nicht das, was die REST-API von WordPress sendet (kein JSON). Die Adresse gehört vielleicht nicht zu einer WordPress-Website.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../editor/ui/publish/command.py" line="41"/>
        <source>You are offline. Sending to WordPress needs a network connection.</source>
        <translation>Sie sind offline. Das Senden an WordPress braucht eine Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/command.py" line="53"/>
        <location filename="../editor/ui/publish/dialog.py" line="52"/>
        <source>Send to WordPress as Draft</source>
        <translation>Als Entwurf an WordPress senden</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/command.py" line="54"/>
        <source>Save the article first: Feder needs its folder to find the pictures, and notes the post in it.</source>
        <translation>Bitte den Artikel zuerst speichern: Feder braucht seinen Ordner, um die Bilder zu finden, und vermerkt darin den Beitrag.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/send_worker.py" line="40"/>
        <source>Sending failed unexpectedly: {reason}</source>
        <translation>Das Senden ist unerwartet fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="83"/>
        <source>The pre-publish check found {count} problem(s). You can fix them first, or send anyway.</source>
        <translation>Die Prüfung vor dem Veröffentlichen hat {count} Problem(e) gefunden. Sie können sie zuerst beheben oder trotzdem senden.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="86"/>
        <source>The pre-publish check found no problems.</source>
        <translation>Die Prüfung vor dem Veröffentlichen hat keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="91"/>
        <source>&amp;Add Site…</source>
        <translation>Website &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="103"/>
        <location filename="../editor/ui/publish/dialog.py" line="182"/>
        <location filename="../editor/ui/publish/site_dialog.py" line="39"/>
        <source>Application password from WordPress (Users → Profile)</source>
        <translation>Anwendungspasswort aus WordPress (Benutzer → Profil)</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="104"/>
        <source>&amp;Remember in the keyring</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="108"/>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="110"/>
        <location filename="../editor/ui/publish/site_dialog.py" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="118"/>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="118"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="122"/>
        <location filename="../editor/ui/publish/site_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="149"/>
        <source>No site yet: add one</source>
        <translation>Noch keine Website: bitte hinzufügen</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="170"/>
        <source>User {user}. The post is saved as a draft; Feder never publishes.</source>
        <translation>Benutzer {user}. Der Beitrag wird als Entwurf gespeichert; Feder veröffentlicht nie.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="173"/>
        <source>Add the WordPress site you write for, with your user name.</source>
        <translation>Die WordPress-Website, für die Sie schreiben, mit Ihrem Benutzernamen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="179"/>
        <source>Stored in the keyring</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="210"/>
        <location filename="../editor/ui/publish/dialog.py" line="252"/>
        <source>&amp;Cancel Sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="227"/>
        <source>Choose or add a site first.</source>
        <translation>Bitte zuerst eine Website wählen oder hinzufügen.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="231"/>
        <source>Enter the application password for {user}.</source>
        <translation>Bitte das Anwendungspasswort für {user} eingeben.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="249"/>
        <source>Sending “{title}” to {site}…</source>
        <translation>„{title}“ wird an {site} gesendet…</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="272"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="306"/>
        <source>The draft was created on {site}.</source>
        <translation>Der Entwurf wurde auf {site} angelegt.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="306"/>
        <source>The draft on {site} was updated.</source>
        <translation>Der Entwurf auf {site} wurde aktualisiert.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="308"/>
        <source>Open it in WordPress’s editor</source>
        <translation>Im WordPress-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="309"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="312"/>
        <source>Images uploaded: {uploaded}, re-used: {reused}.</source>
        <translation>Bilder hochgeladen: {uploaded}, wiederverwendet: {reused}.</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="339"/>
        <source>&amp;Overwrite Anyway</source>
        <translation>Trotzdem &amp;überschreiben</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="342"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/dialog.py" line="344"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="31"/>
        <source>Add WordPress Site</source>
        <translation>WordPress-Website hinzufügen</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="33"/>
        <source>e.g. meinblog</source>
        <translation>z. B. meinblog</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="40"/>
        <source>Repeat the &amp;featured image in the content (the theme does not show it)</source>
        <translation>Das Beitragsbild im Inhalt &amp;wiederholen (das Theme zeigt es nicht)</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="41"/>
        <source>Put the author bo&amp;x into the content</source>
        <translation>Den Autoren&amp;kasten in den Inhalt setzen</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="43"/>
        <source>Create &amp;missing tags and categories (when the account may)</source>
        <translation>&amp;Fehlende Schlagwörter und Kategorien anlegen (wenn das Konto es darf)</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="47"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="48"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../editor/ui/publish/site_dialog.py" line="53"/>
        <source>&amp;Save Site</source>
        <translation>Website &amp;speichern</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../editor/core/files/recovery.py" line="104"/>
        <source>{path} was opened read-only after a damaged read; it is not autosaved.</source>
        <extracomment>Entries the user discarded stay this long in ``discarded/`` before they go.</extracomment>
        <translation>{path} wurde nach einem fehlerhaften Lesen schreibgeschützt geöffnet; es wird nicht automatisch gesichert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/recovery.py" line="190"/>
        <source>This recovered text is no longer there.</source>
        <translation>Dieser wiederhergestellte Text ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/recovery.py" line="193"/>
        <source>This recovered text is already open in another Feder window.</source>
        <translation>Dieser wiederhergestellte Text ist schon in einem anderen Feder-Fenster geöffnet.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/recovery.py" line="207"/>
        <source>The recovery file {path} could not be removed: {reason}</source>
        <translation>Die Wiederherstellungsdatei {path} konnte nicht entfernt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/files/recovery.py" line="370"/>
        <source>Unsaved text could not be written to the recovery folder {path}: {reason}</source>
        <translation>Ungespeicherter Text konnte nicht in den Wiederherstellungsordner {path} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="48"/>
        <source>Recover Unsaved Text</source>
        <translation>Ungespeicherten Text wiederherstellen</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="51"/>
        <source>Feder was not closed properly last time. These articles had text that was not saved yet. Restore opens it again; nothing is saved until you save it.</source>
        <translation>Feder wurde beim letzten Mal nicht richtig beendet. Diese Artikel enthielten noch ungespeicherten Text. „Wiederherstellen“ öffnet ihn wieder; gespeichert wird erst, wenn Sie speichern.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="58"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="58"/>
        <source>Last autosave</source>
        <translation>Letzte automatische Sicherung</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="58"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="61"/>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="62"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="63"/>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="75"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="76"/>
        <source>Keep the rest; Feder offers it again at the next start.</source>
        <translation>Den Rest behalten; Feder bietet ihn beim nächsten Start wieder an.</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="102"/>
        <source>Could not restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="114"/>
        <source>Could not discard</source>
        <translation>Verwerfen nicht möglich</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="125"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../editor/ui/files/recovery_dialog.py" line="127"/>
        <source>(never saved)</source>
        <translation>(nie gespeichert)</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../editor/core/spelling/dictionaries.py" line="26"/>
        <source>No spelling dictionary is installed, so spelling is not checked. Install one, for example with: sudo apt-get install hunspell-de-de</source>
        <extracomment>The languages Feder offers, in menu order (from the one catalogue).</extracomment>
        <translation>Es ist kein Wörterbuch installiert, daher wird die Rechtschreibung nicht geprüft. Installieren Sie eines, zum Beispiel mit: sudo apt-get install hunspell-de-de</translation>
    </message>
    <message>
        <location filename="../editor/core/spelling/dictionaries.py" line="130"/>
        <source>Spelling language “{lang}” is not supported. Feder checks {supported}.</source>
        <extracomment>English dictionaries consulted for English words in German text, first found wins. libenchant&apos;s brokers and hunspell&apos;s set-up of a dictionary are not made for two threads at once (a worker thread checks whole texts, see :mod:`.batch`): every question to a broker and every opening of a dictionary holds this lock. Checking words needs no lock as long as each thread has its own dictionary objects.</extracomment>
        <translation>Die Rechtschreibsprache „{lang}“ wird nicht unterstützt. Feder prüft {supported}.</translation>
    </message>
    <message>
        <location filename="../editor/core/spelling/dictionaries.py" line="140"/>
        <source>No dictionary for {lang} is installed. Install it, for example with: sudo apt-get install {package}</source>
        <translation>Für {lang} ist kein Wörterbuch installiert. Installieren Sie es, zum Beispiel mit: sudo apt-get install {package}</translation>
    </message>
    <message>
        <location filename="../editor/core/spelling/service.py" line="188"/>
        <source>The personal dictionary could not be saved in {path}: {reason}</source>
        <extracomment>Why the personal dictionary could not be read (it is then never overwritten).</extracomment>
        <translation>Das persönliche Wörterbuch konnte nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/spelling/service.py" line="286"/>
        <source>The personal dictionary {path} could not be read: {reason}</source>
        <translation>Das persönliche Wörterbuch {path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/spelling/service.py" line="296"/>
        <source>The personal dictionary {path} is not UTF-8 text. Feder leaves it unchanged.</source>
        <translation>Das persönliche Wörterbuch {path} ist kein UTF-8-Text. Feder lässt es unverändert.</translation>
    </message>
    <message>
        <location filename="../editor/core/spelling/service.py" line="313"/>
        <source>“{word}” is not a single word.</source>
        <translation>„{word}“ ist kein einzelnes Wort.</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="72"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="76"/>
        <source>Add to dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="80"/>
        <source>Ignore in this article</source>
        <translation>In diesem Artikel ignorieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="83"/>
        <source>Ignore all for this session</source>
        <translation>In dieser Sitzung überall ignorieren</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="129"/>
        <source>meant {word}?</source>
        <translation>{word} gemeint?</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="163"/>
        <location filename="../editor/ui/spelling/menus.py" line="207"/>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="177"/>
        <source>Spelling Language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="235"/>
        <source>No spelling dictionary</source>
        <translation>Kein Wörterbuch</translation>
    </message>
    <message>
        <location filename="../editor/ui/spelling/menus.py" line="239"/>
        <source>Spelling language of this article. Click to change it.</source>
        <translation>Sprache der Rechtschreibprüfung für diesen Artikel. Zum Ändern klicken.</translation>
    </message>
</context>
<context>
    <name>StartHint</name>
    <message>
        <location filename="../editor/ui/article/start_hint.py" line="32"/>
        <source>&lt;b&gt;Welcome to Feder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Willkommen bei Feder&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/start_hint.py" line="34"/>
        <source>Write the article on the left in Markdown; the preview on the right shows it as your site will. Headline, teaser, date and featured image go into the fields panel.</source>
        <translation>Schreiben Sie den Artikel links in Markdown; die Vorschau rechts zeigt ihn so, wie Ihre Website ihn zeigen wird. Schlagzeile, Anreißer, Datum und Beitragsbild gehören in die Artikelfelder.</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/start_hint.py" line="43"/>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/start_hint.py" line="44"/>
        <source>Open an article…</source>
        <translation>Artikel öffnen …</translation>
    </message>
    <message>
        <location filename="../editor/ui/article/start_hint.py" line="45"/>
        <source>Open the sample article</source>
        <translation>Beispielartikel öffnen</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="20"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="21"/>
        <source>Characters with spaces</source>
        <translation>Zeichen mit Leerzeichen</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="22"/>
        <source>Characters without spaces</source>
        <translation>Zeichen ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="23"/>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="24"/>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="25"/>
        <source>Standard pages (1,800 characters)</source>
        <translation>Normseiten (1.800 Zeichen)</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="26"/>
        <source>Reading time</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="27"/>
        <source>Words this session</source>
        <translation>Wörter in dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="42"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="103"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../editor/ui/checks/stats_panel.py" line="104"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../editor/core/files/storage.py" line="80"/>
        <source>{path} could not be read without damage, so it was opened read-only. Saving it would destroy what could not be read.</source>
        <extracomment>Files above this size are refused: an article is never this long.</extracomment>
        <translation>{path} konnte nicht fehlerfrei gelesen werden und wurde daher schreibgeschützt geöffnet. Speichern würde zerstören, was nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="94"/>
        <source>The text contains a character that cannot be saved as {encoding} (at position {position}). Nothing was saved.</source>
        <translation>Der Text enthält ein Zeichen, das sich nicht als {encoding} speichern lässt (an Position {position}). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/atomic_write.py" line="39"/>
        <location filename="../editor/core/files/storage.py" line="144"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/atomic_write.py" line="42"/>
        <location filename="../editor/core/files/storage.py" line="148"/>
        <source>{path} is not a regular file (it is a pipe, socket or device).</source>
        <translation>{path} ist keine normale Datei (sondern eine Pipe, ein Socket oder ein Gerät).</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="158"/>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="161"/>
        <source>You are not allowed to read {path}.</source>
        <translation>Sie dürfen {path} nicht lesen.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="165"/>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="192"/>
        <source>{path} contains NUL bytes (the first in line {line}): it is a binary file, not an article. It was not opened, so nothing in it was changed.</source>
        <translation>{path} enthält NUL-Bytes (das erste in Zeile {line}): Es ist eine Binärdatei, kein Artikel. Sie wurde nicht geöffnet, an ihr wurde also nichts geändert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="207"/>
        <source>{path} is not UTF-8. It was read as Latin-1 and will be saved as UTF-8.</source>
        <translation>{path} ist nicht UTF-8. Die Datei wurde als Latin-1 gelesen und wird als UTF-8 gespeichert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="211"/>
        <source>{path} is not UTF-8. It was read as Windows-1252 and will be saved as UTF-8.</source>
        <translation>{path} ist nicht UTF-8. Die Datei wurde als Windows-1252 gelesen und wird als UTF-8 gespeichert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="246"/>
        <source>The previous version of {path} could not be kept as a backup: {reason}</source>
        <translation>Die vorige Fassung von {path} konnte nicht als Sicherungskopie aufbewahrt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/core/files/atomic_write.py" line="47"/>
        <source>{path} was not saved: the file is read-only. The old file is unchanged.</source>
        <translation>{path} wurde nicht gespeichert: Die Datei ist schreibgeschützt. Die alte Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="273"/>
        <source>{path} was changed on disk by another program since Feder read it. It was not overwritten.</source>
        <translation>{path} wurde auf dem Datenträger von einem anderen Programm geändert, seit Feder die Datei gelesen hat. Sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="287"/>
        <source>{path} is {size} MB, too large for an article (the limit is {limit} MB). It was not opened.</source>
        <translation>{path} ist {size} MB groß, zu groß für einen Artikel (die Grenze liegt bei {limit} MB). Die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/atomic_write.py" line="148"/>
        <source>{path} was not saved: the disk is full. The old file is unchanged.</source>
        <translation>{path} wurde nicht gespeichert: Der Datenträger ist voll. Die alte Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/atomic_write.py" line="150"/>
        <source>{path} was not saved: the disk is read-only. The old file is unchanged.</source>
        <translation>{path} wurde nicht gespeichert: Der Datenträger ist schreibgeschützt. Die alte Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/atomic_write.py" line="154"/>
        <source>{path} was not saved: you are not allowed to write there. The old file is unchanged.</source>
        <translation>{path} wurde nicht gespeichert: Sie dürfen dort nicht schreiben. Die alte Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/atomic_write.py" line="158"/>
        <source>{path} was not saved: its folder no longer exists.</source>
        <translation>{path} wurde nicht gespeichert: Der Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/atomic_write.py" line="160"/>
        <source>{path} was not saved: {reason}. The old file is unchanged.</source>
        <translation>{path} wurde nicht gespeichert: {reason}. Die alte Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../editor/core/files/storage.py" line="298"/>
        <source>{path} starts with a {encoding} byte order mark but is not valid {encoding}. It was not opened, so nothing in it was changed.</source>
        <translation>{path} beginnt mit einer {encoding}-Bytereihenfolgemarkierung, ist aber kein gültiges {encoding}. Die Datei wurde nicht geöffnet, an ihr wurde also nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../editor/ui/window/theme.py" line="155"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/theme.py" line="158"/>
        <source>Follow &amp;System</source>
        <translation>&amp;Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/theme.py" line="159"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../editor/ui/window/theme.py" line="160"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../editor/cli.py" line="26"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own texts, marked so lupdate collects them; argparse looks them up through its module-level ``_`` (gettext), which is pointed at Qt below.</extracomment>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="27"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="28"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="29"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="30"/>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="31"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="32"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="33"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="34"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../editor/cli.py" line="35"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
</context>
</TS>
