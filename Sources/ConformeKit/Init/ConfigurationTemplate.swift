/// The commented `.conforme.yml` that `conforme init --config` writes: every key with its
/// default, commented out, so that a project uncomments what it changes and the file stays
/// valid as written.
public enum ConfigurationTemplate {
    public static func render(language: Language) -> String {
        language == .fr ? french : english
    }

    static let french = """
        # Configuration de conforme pour ce projet. conforme la cherche dans le dossier courant,
        # puis dans chaque dossier parent jusqu'à la racine du dépôt (le dossier qui contient .git).
        # Une option de la ligne de commande l'emporte toujours ; --config FICHIER en désigne une
        # autre ; --no-config l'ignore. Les chemins sont relatifs au dossier de ce fichier.
        # Documentation : README.md (« Configuration du projet ») et docs/ci.md.

        # Ce qui est vérifié quand la ligne de commande ne nomme rien (chemins ou motifs glob :
        # * tout sauf /, ** des dossiers entiers, ? un caractère).
        include:
          - propositions

        # Jamais vérifiés, même nommés (pre-commit nomme les fichiers un par un).
        exclude:
          - "**/brouillons/**"
        #  - "*.exemple.yml"

        # Jeu de règles : par défaut, celui de la promotion du manifeste, fourni avec conforme.
        # rules: regles/eig-7-ministere.yml

        # Seuil d'échec : error, warning ou info.
        # fail-on: error

        # Langue des messages : fr ou en.
        # lang: fr

        # Rapports par défaut (comme --format, répétable) ; un seul sur la sortie standard.
        # formats:
        #   - text
        #   - sarif:conforme.sarif

        # Limites contre les fichiers hostiles ou les erreurs de chemin (valeurs par défaut).
        # limits:
        #   max-files: 10000
        #   max-file-size: 1048576
        #   max-depth: 64
        #   max-nodes: 10000
        #   max-scalar-length: 65536
        #   max-list-length: 1000
        #   max-pattern-input: 4096

        # SARIF : dérogations gardées avec une suppression (suppress), omises (omit) ou
        # en notes avec leur justification (note). Voir docs/ci.md.
        # sarif-waivers: suppress

        # Markdown (commentaire de PR, résumé de job) : constats listés et taille maximale.
        # markdown-max-findings: 50
        # markdown-max-chars: 60000

        # Un .md nommé sans en-tête YAML est ignoré, comme dans un dossier (README).
        # skip-markdown-without-front-matter: false

        """

    static let english = """
        # conforme's configuration for this project. conforme looks for it in the current folder,
        # then in each parent folder up to the repository's root (the folder holding .git).
        # A command-line option always wins; --config FILE names another file; --no-config
        # ignores it. Paths are relative to this file's folder.
        # Documentation: README.md ("Project configuration") and docs/ci.md.

        # What is checked when the command line names nothing (paths or glob patterns:
        # * anything but /, ** whole folders, ? one character).
        include:
          - propositions

        # Never checked, even when named (pre-commit names files one by one).
        exclude:
          - "**/brouillons/**"
        #  - "*.example.yml"

        # Rule set: by default, the one of the manifest's promotion, shipped with conforme.
        # rules: rules/eig-7-ministry.yml

        # Failure threshold: error, warning or info.
        # fail-on: error

        # Language of the messages: fr or en.
        # lang: fr

        # Default reports (as --format, repeatable); only one on standard output.
        # formats:
        #   - text
        #   - sarif:conforme.sarif

        # Limits against hostile files or mistaken paths (default values).
        # limits:
        #   max-files: 10000
        #   max-file-size: 1048576
        #   max-depth: 64
        #   max-nodes: 10000
        #   max-scalar-length: 65536
        #   max-list-length: 1000
        #   max-pattern-input: 4096

        # SARIF: waived findings kept with a suppression (suppress), left out (omit) or
        # as notes with their justification (note). See docs/ci.md.
        # sarif-waivers: suppress

        # Markdown (PR comment, job summary): findings listed and maximum size.
        # markdown-max-findings: 50
        # markdown-max-chars: 60000

        # A .md file named without front matter is skipped, as in a folder (README).
        # skip-markdown-without-front-matter: false

        """
}
