/**
 * French texts. Import from `@myorg-kit/react/locales/fr-FR` and pass to the provider:
 * `<MyOrgProvider locale="fr-FR" messages={frFR}>`. Keys missing here fall back to en-US.
 */
import type { DeepPartial, MyOrgMessages } from '../i18n/types.ts'

export const frFR = {
  common: {
    actions: {
      retry: 'Réessayer',
      save: 'Enregistrer',
      saving: 'Enregistrement…',
      cancel: 'Annuler',
      discard: 'Abandonner les modifications',
      close: 'Fermer',
      confirm: 'Confirmer',
      delete: 'Supprimer',
      edit: 'Modifier',
      back: 'Retour',
      next: 'Suivant',
      copy: 'Copier',
      copied: 'Copié',
      loadMore: 'Afficher plus',
      signIn: 'Se reconnecter',
      grantConsent: 'Vérifier et autoriser l’accès',
      verifyIdentity: 'Vérifier votre identité',
      dismiss: 'Fermer',
    },
    status: {
      loading: 'Chargement…',
      saved: 'Enregistré',
      unsavedChanges: 'Vous avez des modifications non enregistrées.',
      readOnly: 'Vous pouvez consulter ces paramètres, mais pas les modifier.',
      noPermission: 'Vous n’avez pas l’autorisation de voir ceci.',
    },
    copyFailed:
      'Impossible de copier dans le presse-papiers. Sélectionnez le texte et copiez-le à la main.',
    itemCount: '{count, plural, =0 {Aucun élément} one {# élément} other {# éléments}}',
    skippedItems:
      '{count, plural, one {# élément n’a pas pu être affiché} other {# éléments n’ont pas pu être affichés}} : la réponse de l’API ne correspondait pas au format attendu.',
    unknownDate: 'Date inconnue',
    hiddenCharacters:
      'Ce nom contient des caractères invisibles qui peuvent le faire ressembler à un autre : {revealed}',
    hiddenCharactersBadge: 'Caractères invisibles',
    fixList:
      '{count, plural, one {Ce champ doit être corrigé avant d’enregistrer :} other {Ces # champs doivent être corrigés avant d’enregistrer :}}',
    fixListWhere: '{field} ({where})',
  },
  errors: {
    notice: {
      retryIn:
        '{seconds, plural, one {Nouvelle tentative dans # seconde…} other {Nouvelle tentative dans # secondes…}}',
      retrying: 'Nouvelle tentative…',
      copyOrigin: 'Copier l’origine',
      originCopied: 'Origine copiée',
      details: 'Détails techniques',
    },
    cors: {
      title: 'Le navigateur a bloqué la requête',
      description:
        'L’origine de cette page ({origin}) n’est pas autorisée à appeler l’API My Organization de {apiOrigin}. Un administrateur du tenant Auth0 doit ouvrir Dashboard > Applications > Applications > (cette application) > Settings, ajouter {origin} à « Allowed Origins (CORS) », activer « Allow Cross-Origin Authentication », puis enregistrer.',
      unknownOrigin: 'l’origine de cette page',
    },
    offline: {
      title: 'Vous semblez hors ligne',
      description: 'Impossible de joindre {apiOrigin}. Vérifiez votre connexion puis réessayez.',
    },
    proxyUnreachable: {
      title: 'Impossible de joindre le serveur de l’application',
      description:
        'Les paramètres de votre organisation passent par le serveur de cette application ({apiOrigin}), qui n’a pas répondu. Vérifiez votre connexion puis réessayez.',
    },
    timeout: {
      title: 'Le serveur a mis trop de temps à répondre',
      description: '{apiOrigin} n’a pas répondu à temps. Réessayez dans un instant.',
    },
    rateLimited: {
      title: 'Trop de requêtes',
      description:
        '{seconds, plural, =0 {La limite de requêtes de l’organisation est atteinte. Réessayez dans un instant.} one {La limite de requêtes de l’organisation est atteinte. Réessayez dans # seconde.} other {La limite de requêtes de l’organisation est atteinte. Réessayez dans # secondes.}}',
    },
    forbidden: {
      title: 'Vous n’avez pas l’autorisation de faire ceci',
      description:
        '{count, plural, =0 {Vos accès n’incluent pas l’autorisation nécessaire. Demandez l’accès à un administrateur de votre organisation.} one {Il vous manque l’autorisation {scopes}. Demandez-la à un administrateur, puis reconnectez-vous.} other {Il vous manque les autorisations {scopes}. Demandez-les à un administrateur, puis reconnectez-vous.}}',
    },
    serverError: {
      title: 'Une erreur est survenue sur le serveur',
      description:
        'L’API My Organization a répondu par une erreur ({status}). Réessayez plus tard.',
    },
    unknown: {
      title: 'Une erreur est survenue',
      description: 'Une erreur inattendue est survenue. Réessayez.',
    },
    token: {
      loginRequired: {
        title: 'Veuillez vous reconnecter',
        description: 'Votre session a pris fin. Reconnectez-vous pour gérer votre organisation.',
        action: 'Se reconnecter',
      },
      consentRequired: {
        title: 'Votre accord est nécessaire',
        description:
          'Cette page a besoin de votre autorisation pour gérer les paramètres de votre organisation en votre nom.',
        action: 'Vérifier et autoriser l’accès',
      },
      mfaRequired: {
        title: 'Vérifiez votre identité',
        description:
          'La gestion des paramètres de votre organisation exige une authentification multifacteur.',
        action: 'Vérifier votre identité',
      },
    },
  },
  orgDetailsForm: {
    title: 'Détails de l’organisation',
    description:
      'Comment votre organisation apparaît à vos utilisateurs, notamment sur la page de connexion.',
    loading: 'Chargement des détails de l’organisation…',
    noAccess: {
      title: 'Vous ne pouvez pas voir ces paramètres',
      description:
        'Voir les détails de l’organisation exige l’autorisation read:my_org:details. Demandez l’accès à un administrateur de votre organisation.',
    },
    readOnly:
      'Vous pouvez consulter ces paramètres, mais pas les modifier : il faut l’autorisation update:my_org:details.',
    fields: {
      name: {
        label: 'Nom',
        help: 'Identifie l’organisation, par exemple dans les parcours de connexion où les utilisateurs saisissent le nom de leur organisation. 1 à 50 caractères.',
      },
      displayName: {
        label: 'Nom affiché',
        help: 'Le nom que voient vos utilisateurs, par exemple sur la page de connexion. 255 caractères au plus.',
      },
      logo: {
        label: 'URL du logo',
        help: 'L’adresse https:// d’une image, affichée en haut de la page de connexion. Laissez vide pour ne pas afficher de logo.',
        previewAlt: 'Aperçu du logo',
        broken:
          'Impossible de charger cette image. Vérifiez l’adresse, et que l’image est accessible publiquement.',
        remove: 'Retirer le logo',
      },
      colors: {
        legend: 'Couleurs de la page de connexion',
        help: 'Couleurs hexadécimales, comme #635DFF ou #FFF.',
        placeholder: '#RRVVBB',
        primary: {
          label: 'Couleur principale',
          picker: 'Choisir la couleur principale',
          help: 'Boutons et liens.',
        },
        pageBackground: {
          label: 'Fond de page',
          picker: 'Choisir la couleur du fond de page',
          help: 'Derrière le cadre de connexion.',
        },
        filledWithDefault:
          'Auth0 exige les deux couleurs dès que l’une est définie : {color} (valeur par défaut d’Auth0) sera enregistrée ici.',
        resetToDefault:
          'Les couleurs ne peuvent plus être retirées une fois définies : {color} (valeur par défaut d’Auth0) sera enregistrée ici.',
        storedInvalid:
          'La couleur enregistrée « {color} » n’est pas une couleur hexadécimale : l’aperçu affiche la couleur par défaut. Saisissez une couleur comme #635DFF.',
      },
    },
    validation: {
      nameRequired: 'Saisissez un nom.',
      nameTooLong: 'Utilisez 50 caractères au plus.',
      displayNameRequired: 'Saisissez un nom affiché.',
      displayNameTooLong: 'Utilisez 255 caractères au plus.',
      logoNotHttps: 'Utilisez une adresse qui commence par https://.',
      logoInvalid: 'Saisissez une adresse web complète, comme https://example.com/logo.png.',
      colorInvalid:
        'Saisissez une couleur hexadécimale : # suivi de 3 ou 6 caractères parmi 0–9 et A–F, comme #635DFF.',
      server: '{label} : {detail}.',
    },
    preview: {
      label: 'Aperçu de la page de connexion',
      caption: 'Suit vos modifications pendant la saisie, avant l’enregistrement.',
      welcome: 'Bienvenue',
      subtitle: 'Connectez-vous à {name} pour continuer.',
      email: 'Adresse e-mail',
      continue: 'Continuer',
    },
    status: {
      saved:
        'Modifications enregistrées. Vos utilisateurs les verront la prochaine fois qu’ils ouvriront la page de connexion.',
      fixErrors: 'Corrigez les champs signalés pour enregistrer.',
    },
  },
  domainList: {
    title: 'Domaines',
    description:
      'Les domaines vérifiés permettent de reconnaître comme membres de votre organisation les personnes qui se connectent avec une adresse de votre entreprise (comme quelquun@acme.com).',
    loading: 'Chargement des domaines…',
    caption: 'Les domaines de votre organisation',
    noAccess: {
      title: 'Vous n’avez pas accès aux domaines de votre organisation',
      description:
        'Voir les domaines exige l’autorisation read:my_org:domains. Demandez l’accès à un administrateur de votre organisation.',
    },
    permissions: {
      missing: 'Non disponible avec vos accès : {actions}.',
      create: 'ajouter des domaines (exige create:my_org:domains)',
      verify: 'vérifier des domaines (exige update:my_org:domains)',
      delete: 'supprimer des domaines (exige delete:my_org:domains)',
    },
    columns: { domain: 'Domaine', status: 'Statut', actions: 'Actions' },
    status: { pending: 'En attente', verified: 'Vérifié', failed: 'Échec' },
    empty: {
      title: 'Aucun domaine pour l’instant',
      description:
        'Ajoutez le domaine de messagerie de votre entreprise, comme acme.com, puis prouvez qu’il vous appartient avec un enregistrement DNS.',
      readOnly: 'Aucun domaine n’a encore été ajouté à votre organisation.',
    },
    count:
      '{count, plural, =0 {Aucun domaine} one {# domaine affiché} other {# domaines affichés}}',
    allLoaded: 'Tous les domaines sont affichés.',
    loadingMore: 'Chargement d’autres domaines…',
    add: {
      legend: 'Ajouter un domaine',
      label: 'Domaine',
      help: 'Le domaine de messagerie de votre entreprise, comme acme.com. Vous pouvez coller une adresse web : seul le domaine est conservé.',
      preview: '{domain} sera ajouté',
      submit: 'Ajouter le domaine',
      adding: 'Ajout…',
      added:
        '{domain} a été ajouté. Publiez l’enregistrement TXT ci-dessous chez votre hébergeur DNS, puis vérifiez le domaine.',
      errors: {
        empty: 'Saisissez un domaine, comme acme.com.',
        invalid:
          'Ce n’est pas un nom de domaine valide. Utilisez des lettres, des chiffres et des tirets, séparés par des points, comme acme.com.',
        ipAddress:
          'C’est une adresse IP. Saisissez plutôt le domaine de vos adresses e-mail, comme acme.com.',
        wildcard:
          'Les jokers (*) ne peuvent pas être ajoutés. Saisissez le domaine lui-même, comme acme.com.',
        localhost:
          'localhost ne peut pas être vérifié. Saisissez un domaine public, comme acme.com.',
        noDot: 'Saisissez le domaine complet, avec son extension, comme acme.com.',
        tooLong: 'Ce domaine est trop long : 253 caractères au plus.',
        labelTooLong:
          'Une partie de ce domaine (entre deux points) dépasse 63 caractères. Vérifiez le domaine.',
        hyphen:
          'Une partie de ce domaine commence ou finit par un tiret, ou a deux tirets en 3e et 4e positions. Vérifiez le domaine.',
        punycode:
          'Une partie de ce domaine commence par xn-- mais n’est pas un nom international valide. Saisissez le domaine dans ses propres lettres, comme bücher.de, ou vérifiez-le.',
        duplicate: '{domain} a déjà été ajouté à votre organisation.',
      },
    },
    actions: {
      showRecordShort: 'Enregistrement DNS',
      verifyShort: 'Vérifier',
      deleteShort: 'Supprimer',
      showRecord: 'Enregistrement DNS de {domain}',
      verify: 'Vérifier {domain}',
      delete: 'Supprimer {domain}',
      checkAgain: 'Vérifier à nouveau',
      retry: 'Relancer la vérification',
    },
    panel: {
      title: 'Vérifier {domain}',
      verify: 'Vérifier {domain} maintenant',
      intro:
        'Connectez-vous chez l’hébergeur DNS de {domain} (votre registraire ou fournisseur DNS), ouvrez ses enregistrements TXT et ajoutez celui-ci. Revenez vérifier une fois qu’il est publié.',
      host: 'Hôte (nom)',
      value: 'Valeur',
      zoneLine: 'En ligne de fichier de zone',
      copyHost: 'Copier l’hôte de {domain}',
      copyValue: 'Copier la valeur de {domain}',
      copyZoneLine: 'Copier la ligne de zone de {domain}',
      copied: 'Copié',
      propagation:
        'Les modifications DNS peuvent mettre de quelques minutes à quelques heures à être visibles. Certains hébergeurs ajoutent eux-mêmes le domaine au nom d’hôte : dans ce cas, saisissez seulement la partie avant {domain}.',
      checking: 'Vérification du DNS de {domain}… cela peut prendre jusqu’à une minute.',
      paused: 'Vérification en pause tant que cette page est en arrière-plan.',
      verified:
        '{domain} est vérifié. Les personnes qui se connectent avec une adresse {domain} sont désormais reconnues comme membres de votre organisation.',
      stillPending:
        'L’enregistrement TXT de {domain} est introuvable pour l’instant. Les modifications DNS peuvent prendre de quelques minutes à quelques heures : vérifiez qu’il est publié, puis réessayez.',
      failed:
        'La vérification de {domain} a échoué : un enregistrement TXT existe sur l’hôte, mais sa valeur ne correspond pas. Vérifiez l’hôte et que la valeur est copiée en entier, sans espaces ni guillemets en trop, puis relancez.',
      close: 'Fermer l’enregistrement DNS de {domain}',
    },
    delete: {
      title: 'Supprimer {domain} ?',
      description:
        'Les personnes qui se connectent avec une adresse {domain} ne seront plus reconnues comme membres de votre organisation.',
      checkingProviders: 'Recherche des fournisseurs d’identité qui utilisent ce domaine…',
      providers:
        '{count, plural, one {Il est utilisé par # fournisseur d’identité, qui n’orientera plus les utilisateurs de {domain} : {names}.} other {Il est utilisé par # fournisseurs d’identité, qui n’orienteront plus les utilisateurs de {domain} : {names}.}}',
      noProviders: 'Aucun fournisseur d’identité n’utilise ce domaine.',
      providersUnknown:
        'Impossible de savoir quels fournisseurs d’identité utilisent ce domaine. Le supprimer le retire de ceux qui l’utilisent.',
      confirm: 'Supprimer le domaine',
      deleting: 'Suppression…',
      deleted: '{domain} a été supprimé.',
    },
  },
  identityProviderList: {
    title: 'Authentification unique (SSO)',
    description:
      'Les fournisseurs d’identité avec lesquels vos équipes se connectent avec leur compte professionnel. Les personnes dont l’e-mail correspond à un domaine associé sont dirigées vers ce fournisseur à la connexion.',
    loading: 'Chargement des fournisseurs d’identité…',
    listLabel: 'Fournisseurs d’identité',
    noAccess: {
      title: 'Vous n’avez pas accès aux fournisseurs d’identité de votre organisation',
      description:
        'Voir les fournisseurs d’identité nécessite l’autorisation read:my_org:identity_providers. Demandez l’accès à un administrateur de votre organisation.',
    },
    permissions: {
      missing: 'Non disponible avec votre accès : {actions}.',
      create: 'ajouter des fournisseurs (nécessite create:my_org:identity_providers)',
      update:
        'activer ou désactiver, modifier et actualiser les attributs (nécessite update:my_org:identity_providers)',
      delete: 'supprimer des fournisseurs (nécessite delete:my_org:identity_providers)',
      detach:
        'retirer des fournisseurs de l’organisation (nécessite update:my_org:identity_providers_detach)',
      domains:
        'associer et dissocier des domaines (nécessite create:my_org:identity_providers_domains et delete:my_org:identity_providers_domains)',
      provisioning:
        'voir le provisionnement (nécessite read:my_org:identity_providers_provisioning)',
    },
    empty: {
      title: 'Aucun fournisseur d’identité',
      description:
        'Connectez le fournisseur d’identité de votre entreprise (Okta, Microsoft Entra ID, Google Workspace, SAML, OpenID Connect…) pour que vos équipes se connectent avec leur compte professionnel.',
      readOnly: 'Aucun fournisseur d’identité n’a encore été configuré pour votre organisation.',
    },
    count:
      '{count, plural, =0 {Aucun fournisseur d’identité} one {# fournisseur d’identité} other {# fournisseurs d’identité}}',
    add: 'Ajouter un fournisseur d’identité',
    // `strategy`: product names, the same in French; they come from en-US.
    access: {
      full: 'Contrôle total',
      limited: 'Limité',
      readonly: 'Lecture seule',
      none: 'Géré pour vous',
    },
    accessHelp: {
      full: 'Vous pouvez modifier tous les réglages de ce fournisseur.',
      limited:
        'Votre administrateur de tenant vous permet d’activer ou désactiver ce fournisseur et d’actualiser ses attributs. Ses réglages, ses domaines et sa suppression sont gérés par lui.',
      readonly:
        'Votre administrateur de tenant gère ce fournisseur ; vous pouvez le consulter mais pas le modifier.',
      none: 'Votre administrateur de tenant a configuré et gère ce fournisseur ; ses détails ne sont pas affichés ici.',
    },
    unknownType: {
      label: 'Type de fournisseur inconnu',
      help: 'Cette liste ne prend pas encore en charge ce type de fournisseur : elle ne peut afficher que son nom et son état.',
    },
    enabled: 'Activé',
    disabled: 'Désactivé',
    switchLabel: 'Activé',
    switchAria: '{name} activé',
    switchSaving: 'Enregistrement…',
    switchEnabled: '{name} est activé.',
    switchDisabled: '{name} est désactivé.',
    switchFailed:
      'Impossible {enable, select, true {d’activer} other {de désactiver}} {name} : {reason} L’interrupteur a été remis en place.',
    domains: { label: 'Domaines', none: 'Aucun domaine associé' },
    provisioning: {
      label: 'Provisionnement (SCIM)',
      on: 'Activé',
      off: 'Désactivé',
      checking: 'Vérification…',
      unavailable: 'Non disponible pour ce type de fournisseur',
      failed: 'Vérification impossible : {reason}',
      noPermission: 'Non affiché avec votre accès',
    },
    details: {
      show: 'Détails',
      showAria: 'Détails de {name}',
      name: 'Nom',
      strategy: 'Type',
      access: 'Votre accès',
    },
    actions: {
      label: 'Actions pour {name}',
      edit: 'Modifier',
      editAria: 'Modifier {name}',
      refresh: 'Actualiser les attributs',
      refreshAria: 'Actualiser les attributs de {name}',
      domains: 'Gérer les domaines',
      domainsAria: 'Gérer les domaines de {name}',
      provisioning: 'Gérer le provisionnement',
      provisioningAria: 'Gérer le provisionnement de {name}',
      detach: 'Retirer de l’organisation',
      detachAria: 'Retirer de l’organisation : {name}',
      delete: 'Supprimer',
      deleteAria: 'Supprimer {name}',
    },
    panel: {
      back: 'Retour aux fournisseurs d’identité',
      create: 'Ajouter un fournisseur d’identité',
      edit: 'Réglages de {name}',
      provisioning: 'Provisionnement de {name}',
      created: '{name} a été ajouté.',
      updated: '{name} a été mis à jour.',
    },
    delete: {
      title: 'Supprimer {name} ?',
      description:
        'Cela supprime la connexion elle-même de votre tenant Auth0. Les membres ne pourront plus se connecter avec {name}. Cette action est irréversible.',
      checkingBehavior: 'Vérification de ce qu’il advient des utilisateurs de ce fournisseur…',
      allow:
        'Les utilisateurs qui se sont connectés via {name} seront supprimés avec lui, y compris leurs profils et leurs adhésions.',
      allowIfEmpty:
        'Votre organisation ne permet de supprimer un fournisseur que s’il n’a plus d’utilisateurs. Si des personnes se sont connectées via {name}, la suppression sera refusée.',
      unknownBehavior:
        'Selon les réglages de votre tenant, les utilisateurs connectés via {name} peuvent être supprimés avec lui, ou la suppression peut être refusée tant qu’il a des utilisateurs.',
      typeLabel: 'Saisissez {name} pour confirmer',
      mismatch: 'Saisissez exactement le nom du fournisseur : {name}',
      confirm: 'Supprimer le fournisseur',
      deleting: 'Suppression…',
      deleted: '{name} a été supprimé.',
      refusedTitle: '{name} a encore des utilisateurs',
      refused:
        'Votre organisation ne permet de supprimer qu’un fournisseur sans utilisateurs, et des personnes se sont connectées via {name}. Pour cesser de l’utiliser dès maintenant, retirez-le plutôt de l’organisation : la connexion et ses utilisateurs restent dans votre tenant Auth0. Ou demandez à votre administrateur de tenant de supprimer d’abord ses utilisateurs.',
      detachInstead: 'Retirer plutôt de l’organisation',
    },
    detach: {
      title: 'Retirer {name} de l’organisation ?',
      description:
        'Les membres ne pourront plus se connecter à cette organisation avec {name}, et ses domaines ne redirigeront plus ici.',
      difference:
        'Contrairement à la suppression, la connexion et ses utilisateurs restent dans votre tenant Auth0 : votre administrateur de tenant pourra la rajouter plus tard.',
      confirm: 'Retirer de l’organisation',
      removing: 'Retrait…',
      removed: '{name} a été retiré de l’organisation.',
    },
    refresh: {
      title: 'Actualiser les attributs de {name} ?',
      description:
        'Cela réinitialise la correspondance des attributs utilisateur de {name} avec vos profils, selon les valeurs par défaut définies par votre administrateur de tenant.',
      willRemove: 'Ne seront plus associés : {attributes}',
      willAdd: 'Seront associés : {attributes}',
      upToDate:
        'La correspondance est déjà conforme aux valeurs par défaut ; l’actualisation les réapplique.',
      confirm: 'Actualiser',
      refreshing: 'Actualisation…',
      resultTitle: 'Attributs de {name} actualisés',
      added: 'Ajoutés : {attributes}',
      removed: 'Retirés : {attributes}',
      changed: 'Modifiés : {attributes}',
      noChange: 'Aucun changement : la correspondance était déjà conforme.',
      dismiss: 'Fermer',
    },
    domainsEditor: {
      title: 'Domaines de {name}',
      description:
        'Les personnes dont l’e-mail appartient à un domaine coché sont dirigées vers {name} à la connexion. Seuls les domaines vérifiés peuvent être associés.',
      loading: 'Chargement de vos domaines…',
      noVerified:
        'Votre organisation n’a pas encore de domaine vérifié. Ajoutez-en un et vérifiez-le d’abord sur la page Domaines.',
      noReadDomains:
        'Lister vos domaines nécessite l’autorisation read:my_org:domains ; vous pouvez tout de même dissocier les domaines affichés.',
      notListed: '{domain} (pas un domaine vérifié de votre organisation)',
      apply: 'Appliquer',
      applying: 'Application {done} sur {total}…',
      noChanges: 'Aucun changement à appliquer.',
      cancel: 'Fermer',
      linked: '{domain} associé',
      unlinked: '{domain} dissocié',
      linkFailed: 'Impossible d’associer {domain} : {reason}',
      unlinkFailed: 'Impossible de dissocier {domain} : {reason}',
      summary:
        '{failed, plural, =0 {Tous les changements ont été appliqués.} one {# changement a échoué ; les autres ont été appliqués.} other {# changements ont échoué ; les autres ont été appliqués.}}',
      loadMore: 'Afficher plus de domaines',
    },
  },
  scimTokenManager: {
    title: 'Provisionnement SCIM',
    titleFor: 'Provisionnement SCIM pour {name}',
    description:
      'Avec SCIM, votre fournisseur d’identité crée, met à jour et supprime automatiquement les comptes de vos utilisateurs ici.',
    loading: 'Chargement du provisionnement…',
    noAccess: {
      title: 'Vous n’avez pas accès aux paramètres de provisionnement',
      description:
        'Consulter le provisionnement nécessite la permission read:my_org:identity_providers_provisioning. Demandez l’accès à un administrateur de votre organisation.',
    },
    notFound: {
      title: 'Ce fournisseur d’identité est introuvable',
      description:
        'Il a peut-être été supprimé ou retiré de votre organisation. Choisissez un autre fournisseur d’identité.',
    },
    // `strategies`: product names, the same in French; they come from en-US.
    permissions: {
      missing: 'Non disponible avec votre accès : {actions}.',
      enable:
        'activer le provisionnement (nécessite create:my_org:identity_providers_provisioning)',
      refresh:
        'actualiser le mappage des attributs (nécessite update:my_org:identity_providers_provisioning)',
      disable:
        'désactiver le provisionnement (nécessite delete:my_org:identity_providers_provisioning)',
      createToken: 'créer des jetons (nécessite create:my_org:identity_providers_scim_tokens)',
      revokeToken: 'révoquer des jetons (nécessite delete:my_org:identity_providers_scim_tokens)',
      tokensHidden:
        'Les jetons SCIM ne sont pas affichés : les consulter nécessite la permission read:my_org:identity_providers_scim_tokens.',
      accessLevel:
        '{name} est géré par votre administrateur Auth0 : vous pouvez consulter son provisionnement mais pas le modifier.',
    },
    notSetUp: {
      badge: 'Non configuré',
      description:
        'Le provisionnement est désactivé. Les personnes venant de {name} reçoivent un compte à leur première connexion et le gardent jusqu’à ce que quelqu’un le supprime ici.',
      readOnly: 'Le provisionnement n’est pas configuré pour {name}.',
      unsupported:
        'Les connexions {strategy} ne peuvent pas provisionner d’utilisateurs avec SCIM dans cette application. Les personnes venant de {name} reçoivent un compte à leur première connexion.',
      enable: 'Activer le provisionnement SCIM',
      enabling: 'Activation…',
      confirmTitle: 'Activer le provisionnement SCIM pour {name} ?',
      confirmDescription:
        'Vous obtiendrez une URL de point de terminaison SCIM et pourrez créer des jetons porteurs pour celle-ci. Rien ne change tant que vous ne les collez pas dans les paramètres SCIM de {name} et n’activez pas sa synchronisation.',
      confirm: 'Activer le provisionnement',
      enabled:
        'Le provisionnement SCIM est activé pour {name}. Créez un jeton, puis collez-le dans {name}.',
    },
    setUp: {
      badge: 'Activé',
      endpoint: 'URL du point de terminaison SCIM',
      endpointHelp:
        'Collez-la dans les paramètres SCIM de {name} comme URL de base (URL du locataire).',
      copyEndpoint: 'Copier l’URL du point de terminaison SCIM',
      userIdAttribute: 'Attribut d’identifiant utilisateur',
      since: 'Activé depuis le',
      updated: 'Dernière modification',
      mapping: 'Mappage des attributs',
      mappingCaption: 'Correspondance des attributs SCIM de {name} avec les attributs utilisateur',
      columns: {
        scimAttribute: 'Attribut SCIM',
        userAttribute: 'Attribut utilisateur',
        notes: 'Remarques',
      },
      required: 'Obligatoire',
      extra: 'Hors profil',
      extraHelp:
        'envoyé par le fournisseur d’identité mais absent de votre profil utilisateur ; retiré lors de l’actualisation',
      missing: 'Manquant',
      missingHelp:
        'attendu par votre profil utilisateur mais non mappé ; ajouté lors de l’actualisation',
      noMapping: 'Aucun attribut n’est mappé.',
      refresh: 'Actualiser le mappage des attributs',
      refreshing: 'Actualisation…',
      refreshTitle: 'Actualiser le mappage des attributs ?',
      refreshDescription:
        'Le mappage revient aux valeurs par défaut définies par votre administrateur Auth0 : les attributs absents du profil utilisateur sont retirés et les attributs manquants sont ajoutés.',
      refreshed: 'Le mappage des attributs a été actualisé.',
      disable: 'Désactiver le provisionnement',
      disabling: 'Désactivation…',
      disableTitle: 'Désactiver le provisionnement SCIM pour {name} ?',
      disableDescription:
        '{name} cessera de synchroniser les utilisateurs : les personnes qu’il ajoute ou supprime ne seront plus ajoutées ni supprimées ici.',
      disableTokens:
        '{count, plural, =0 {} one {Son jeton SCIM cesse immédiatement de fonctionner et est supprimé.} other {Ses # jetons SCIM cessent immédiatement de fonctionner et sont supprimés.}}',
      disableTokensUnknown:
        'Ses éventuels jetons SCIM cessent immédiatement de fonctionner et sont supprimés.',
      disableConfirm: 'Désactiver le provisionnement',
      disabled: 'Le provisionnement SCIM est désactivé pour {name}.',
    },
    tokens: {
      title: 'Jetons SCIM',
      description:
        '{name} envoie l’un de ces jetons porteurs avec chaque requête SCIM. Toute personne qui possède un jeton peut créer et modifier des utilisateurs : gardez-le secret et renouvelez-le avant son expiration.',
      loading: 'Chargement des jetons SCIM…',
      caption: 'Jetons SCIM de {name}',
      empty:
        'Aucun jeton : {name} ne peut pas joindre le point de terminaison SCIM tant que vous n’en créez pas un.',
      emptyReadOnly: 'Aucun jeton SCIM n’existe pour {name}.',
      columns: {
        token: 'Jeton',
        created: 'Créé le',
        expires: 'Expire le',
        status: 'État',
        actions: 'Actions',
      },
      never: 'Jamais',
      expired: 'Expiré',
      expiringSoon: '{days, plural, one {Expire dans # jour} other {Expire dans # jours}}',
      active: 'Actif',
      noExpiry: 'Sans expiration',
      unknownExpiry: 'Expiration inconnue',
      revokeShort: 'Révoquer',
      revoke: 'Révoquer le jeton {tokenId}',
      revokeTitle: 'Révoquer le jeton {tokenId} ?',
      revokeDescription:
        '{name} ne peut plus se synchroniser avec ce jeton, immédiatement. Si {name} l’utilise encore, collez d’abord un nouveau jeton dans {name}.',
      revokeConfirm: 'Révoquer le jeton',
      revoking: 'Révocation…',
      revoked: 'Le jeton {tokenId} a été révoqué.',
    },
    rotation: {
      title: 'Renouvelez {tokenId} avant l’arrêt de la synchronisation',
      titleExpired: '{tokenId} a expiré',
      intro:
        'Renouvelez sans interruption : gardez l’ancien jeton jusqu’à ce que {name} fonctionne avec le nouveau.',
      step1: 'Créez un nouveau jeton ci-dessous et copiez-le.',
      step2: 'Collez-le dans les paramètres SCIM de {name} et enregistrez.',
      step3:
        'Vérifiez qu’une synchronisation depuis {name} réussit (par exemple, envoyez un utilisateur).',
      step4: 'Révoquez l’ancien jeton {tokenId}.',
      start: 'Créer le nouveau jeton',
      revokeOld: 'Révoquer {tokenId}',
    },
    create: {
      legend: 'Créer un jeton',
      lifetime: 'Durée de validité',
      lifetimeHelp:
        'Le jeton cesse de fonctionner après cette durée. Plus court est plus sûr ; renouvelez-le avant la fin.',
      days: '{days} jours',
      oneYear: '1 an',
      custom: 'Personnalisée',
      never: 'N’expire jamais',
      neverHelp:
        'Un jeton qui n’expire jamais reste valide jusqu’à ce que quelqu’un le révoque. Préférez une expiration si {name} permet de mettre à jour les jetons.',
      customDays: 'Jours avant l’expiration',
      customHelp: 'Un nombre entier de jours, de 1 à {max}.',
      submit: 'Créer le jeton',
      creating: 'Création…',
      errors: {
        lifetimeRequired: 'Choisissez la durée de validité du jeton.',
        customRequired: 'Saisissez le nombre de jours, de 1 à 3650.',
        customInteger: 'Saisissez un nombre entier de jours.',
        customRange: 'Saisissez un nombre de jours entre 1 et 3650.',
      },
    },
    reveal: {
      title: 'Copiez votre nouveau jeton SCIM',
      intro:
        'C’est la seule fois où le jeton est affiché. Copiez-le maintenant et collez-le dans les paramètres SCIM de {name} avec l’URL du point de terminaison. Si vous le perdez, révoquez-le et créez-en un autre.',
      token: 'Jeton porteur',
      copyToken: 'Copier le jeton',
      endpoint: 'URL du point de terminaison SCIM',
      copyEndpoint: 'Copier l’URL du point de terminaison SCIM',
      meta: 'Jeton {tokenId} · {expiry}',
      expiresOn: 'expire le {date}',
      neverExpires: 'n’expire jamais',
      acknowledge: 'J’ai copié ce jeton et je l’ai rangé en lieu sûr',
      done: 'Terminé',
      doneHint: 'Cochez la case ci-dessus pour fermer.',
      discard: 'Abandonner le jeton',
      discardTitle: 'Abandonner ce jeton sans le copier ?',
      discardDescription:
        'Fermer ne fait que le masquer : le jeton {tokenId} reste valide jusqu’à son expiration ou sa révocation. Si vous ne l’utiliserez pas, révoquez-le maintenant.',
      revokeAndClose: 'Le révoquer et fermer',
      closeWithoutRevoking: 'Fermer, le garder valide',
      back: 'Revenir au jeton',
      revoking: 'Révocation…',
    },
    announcements: {
      tokenCreated:
        'Le jeton {tokenId} a été créé. Copiez-le maintenant : il n’est affiché qu’une fois.',
      discarded: 'Le jeton a été fermé sans être copié. Le jeton {tokenId} reste valide.',
      discardedRevoked: 'Le jeton {tokenId} a été révoqué.',
    },
  },
  idpWizard: {
    title: {
      create: 'Configurer l’authentification unique',
      edit: 'Modifier {name}',
    },
    description: {
      create:
        'Connectez le fournisseur d’identité de votre entreprise, étape par étape. Gardez votre administrateur IdP à portée de main : vous échangerez quelques URL et un certificat ou un secret.',
      edit: 'Modifiez la configuration de ce fournisseur d’identité.',
    },
    loading: 'Chargement de la configuration…',
    progressLabel: 'Progression de la configuration',
    stepOf: 'Étape {current} sur {total}',
    steps: {
      provider: 'Fournisseur',
      'sp-values': 'Pour votre admin IdP',
      connection: 'Connexion',
      details: 'Nom',
      domains: 'Domaines',
      review: 'Vérification',
    },
    noAccess: {
      title: 'Vous ne pouvez pas configurer l’authentification unique',
      description:
        'Configurer un fournisseur d’identité nécessite l’autorisation create:my_org:identity_providers. Demandez l’accès à un administrateur de votre organisation.',
    },
    noEditAccess: {
      title: 'Vous ne pouvez pas modifier les fournisseurs d’identité',
      description:
        'Modifier un fournisseur d’identité nécessite les autorisations update:my_org:identity_providers et read:my_org:identity_providers. Demandez l’accès à un administrateur de votre organisation.',
    },
    notConfigured: {
      title: 'L’authentification unique n’est pas encore disponible',
      description:
        'Aucun type de fournisseur d’identité n’est activé pour les organisations de cette application. Demandez à l’administrateur du tenant Auth0 de les activer dans les paramètres My Organization de l’application.',
    },
    accessLevel: {
      readonly:
        'Ce fournisseur est géré par l’administrateur du tenant Auth0 : vous pouvez consulter sa configuration mais pas la modifier.',
      limited:
        'L’administrateur du tenant Auth0 gère les paramètres de connexion et le nom affiché de ce fournisseur. Vous pouvez choisir s’il s’affiche comme bouton et s’il attribue l’adhésion.',
      full: 'Vous pouvez tout modifier, sauf le nom de la connexion et son type.',
    },
    provider: {
      heading: 'Quel fournisseur d’identité votre entreprise utilise-t-elle ?',
      help: 'Choisissez le système avec lequel votre équipe informatique connecte les personnes. Absent de la liste ? La plupart des fournisseurs prennent en charge SAML ou OpenID Connect.',
      legend: 'Type de fournisseur d’identité',
      // The labels are product names, the same in French, and so are the descriptions of Okta
      // and ADFS: they come from en-US.
      strategies: {
        waad: { description: 'Anciennement Azure Active Directory.' },
        'google-apps': { description: 'Connexion avec les comptes Google de votre entreprise.' },
        samlp: { description: 'Tout fournisseur d’identité SAML 2.0.' },
        oidc: { description: 'Tout fournisseur OpenID Connect.' },
        pingfederate: { description: 'Le serveur PingFederate de Ping Identity.' },
      },
    },
    spValues: {
      heading: 'Transmettez ces valeurs à votre administrateur IdP',
      help: 'Votre administrateur IdP les saisit dans la console {provider}. Copiez-les une à une, ou remettez-lui la fiche de configuration.',
      nameFirst:
        'Ces valeurs contiennent le nom de la connexion : choisissez-le d’abord. Il ne pourra plus être modifié.',
      callbackUrl: 'URL de rappel (URI de redirection)',
      acsUrl: 'URL ACS (URL d’authentification unique)',
      entityId: 'ID d’entité (audience)',
      metadataUrl: 'URL des métadonnées du fournisseur de services',
      adfsAcsUrl: 'Point de terminaison passif WS-Federation de la partie de confiance',
      adfsEntityId: 'Identifiant de la partie de confiance',
      adfsMetadataUrl: 'URL des métadonnées de fédération',
      copy: 'Copier {label}',
      copied: '{label} copié',
      guideHeading: 'Étapes dans {provider}',
      guides: {
        okta: 'Dans la console d’administration Okta, ouvrez Applications > Applications > Create App Integration.\nChoisissez OIDC – OpenID Connect et Web Application.\nCollez l’URL de rappel comme URI de redirection de connexion.\nEnregistrez, puis copiez l’ID client, le secret client et votre domaine Okta pour l’étape suivante.',
        waad: 'Dans le centre d’administration Microsoft Entra, ouvrez Identité > Applications > Inscriptions d’applications > Nouvelle inscription.\nAjoutez un URI de redirection Web et collez l’URL de rappel.\nDans Certificats et secrets, créez un secret client et copiez sa valeur.\nCopiez l’ID d’application (client) et votre domaine de tenant (par ex. acme.onmicrosoft.com) pour l’étape suivante.',
        'google-apps':
          'Dans la console Google Cloud, ouvrez API et services > Identifiants > Créer des identifiants > ID client OAuth.\nChoisissez Application Web et ajoutez l’URL de rappel comme URI de redirection autorisé.\nCopiez l’ID client et le secret client, et notez votre domaine Google Workspace.',
        samlp:
          'Dans votre fournisseur d’identité, créez une application SAML 2.0.\nCollez l’URL ACS comme URL d’authentification unique et l’ID d’entité comme audience.\nEnvoyez l’adresse e-mail de l’utilisateur comme NameID ou comme attribut e-mail.\nCopiez l’URL des métadonnées de l’IdP, ou téléchargez le fichier de métadonnées, pour l’étape suivante.',
        oidc: 'Dans votre fournisseur d’identité, enregistrez une nouvelle application Web.\nAjoutez l’URL de rappel comme URI de redirection autorisé.\nCopiez l’ID client (et le secret client pour le canal arrière) et l’URL de découverte du fournisseur (elle se termine par /.well-known/openid-configuration).',
        adfs: 'Dans Gestion AD FS, ouvrez Approbations de partie de confiance > Ajouter une approbation (prise en charge des revendications).\nSaisissez les données de la partie de confiance manuellement, ou importez l’URL des métadonnées de fédération.\nActivez le protocole passif WS-Federation avec le point de terminaison ci-dessus, et ajoutez l’identifiant.\nAjoutez des règles de revendication qui envoient l’adresse e-mail et le nom, puis notez l’URL de votre serveur ADFS.',
        pingfederate:
          'Dans PingFederate, créez une connexion SP pour le SSO navigateur en SAML 2.0.\nUtilisez l’ID d’entité comme ID d’entité du partenaire et l’URL ACS comme point de terminaison.\nExportez le certificat de signature et notez l’URL de votre serveur pour l’étape suivante.',
      },
      sheet: {
        print: 'Imprimer la fiche de configuration',
        download: 'Télécharger la fiche de configuration',
        title: 'Configuration de l’authentification unique : {provider}',
        intro:
          'Saisissez ces valeurs dans votre fournisseur d’identité, puis renvoyez ce que demande l’étape 3.',
        returnHeading: 'Merci de renvoyer',
        fileName: 'configuration-sso-{name}.txt',
      },
      returns: {
        okta: 'Domaine Okta, ID client, secret client',
        waad: 'Domaine du tenant, ID d’application (client), secret client',
        'google-apps': 'Domaine Google Workspace, ID client, secret client',
        samlp:
          'URL ou fichier de métadonnées de l’IdP (ou URL de connexion et certificat de signature)',
        oidc: 'URL de découverte, ID client, secret client (canal arrière)',
        adfs: 'URL du serveur ADFS ou FederationMetadata.xml',
        pingfederate: 'URL du serveur et certificat de signature',
      },
    },
    connection: {
      heading: 'Détails de la connexion',
      help: 'Saisissez ce que votre administrateur IdP vous a envoyé.',
      samlSource: {
        legend: 'Comment voulez-vous vous connecter ?',
        metadataUrl: 'URL des métadonnées',
        metadataXml: 'Importer un fichier de métadonnées',
        manual: 'Saisir l’URL de connexion et le certificat',
      },
      metadataUrl: {
        label: 'URL des métadonnées de l’IdP',
        help: 'Une adresse https:// qui renvoie les métadonnées SAML de votre IdP.',
      },
      metadataFile: {
        label: 'Fichier de métadonnées de l’IdP (.xml)',
        help: 'Le document de métadonnées de votre IdP. Il est vérifié ici avant tout envoi.',
        fileLoaded: '{file} chargé.',
        ssoUrl: 'URL de connexion lue dans les métadonnées : {url}',
      },
      adfsSource: {
        legend: 'Comment voulez-vous vous connecter ?',
        server: 'Se connecter au serveur ADFS',
        metadataXml: 'Importer FederationMetadata.xml',
      },
      adfsServer: {
        label: 'URL du serveur ADFS',
        help: 'Par exemple https://adfs.acme.com. Auth0 y lit les métadonnées de fédération.',
      },
      adfsFile: {
        label: 'Fichier de métadonnées de fédération (.xml)',
        help: 'FederationMetadata.xml, depuis https://votre-serveur-adfs/FederationMetadata/2007-06/FederationMetadata.xml.',
      },
      signInEndpoint: {
        label: 'URL de connexion',
        help: 'L’URL d’authentification unique de l’IdP, vers laquelle Auth0 envoie les utilisateurs.',
      },
      certificate: {
        label: 'Certificat de signature (.pem, .cer, .crt)',
        help: 'Le certificat avec lequel votre IdP signe ses réponses. Il est vérifié ici avant tout envoi.',
        current: 'Certificat actuel',
        replace: 'Importez un nouveau certificat pour le remplacer.',
      },
      certificateInfo: {
        subject: 'Sujet : {subject}',
        validUntil: 'Valide jusqu’au {date}',
        expired:
          'Expiré le {date}. Les connexions échoueront tant que votre administrateur IdP n’aura pas envoyé un nouveau certificat.',
        expiring:
          'Expire le {date}, dans moins de 30 jours. Demandez à votre administrateur IdP quand il le renouvellera.',
        notYetValid: 'Pas valide avant le {date}.',
        privateKeyIgnored:
          'Le fichier contenait aussi une clé privée. Elle a été ignorée et n’est jamais envoyée : gardez-la secrète et n’importez que le certificat la prochaine fois.',
        unreadable:
          '{count, plural, one {Un certificat des métadonnées est illisible.} other {# certificats des métadonnées sont illisibles.}}',
        listLabel: 'Certificats trouvés',
      },
      signing: {
        legend: 'Options de signature',
        signRequest: 'Signer les demandes d’authentification',
        signRequestHelp: 'À activer si votre IdP exige des demandes signées.',
        signatureAlgorithm: 'Algorithme de signature',
        digestAlgorithm: 'Algorithme de condensat',
        protocolBinding: 'Liaison de la demande',
        bindingDefault: 'Par défaut (HTTP-Redirect)',
      },
      discoveryUrl: {
        label: 'URL de découverte',
        help: 'Se termine généralement par /.well-known/openid-configuration.',
      },
      oidcType: {
        legend: 'Canal',
        back_channel: 'Canal arrière (recommandé)',
        backHelp:
          'Auth0 échange un code contre des jetons de serveur à serveur, avec le secret client.',
        front_channel: 'Canal avant',
        frontHelp: 'Les jetons reviennent par le navigateur (flux implicite avec form post).',
      },
      clientId: { label: 'ID client', help: 'L’ID d’application (client) fourni par votre IdP.' },
      clientSecret: {
        label: 'Secret client',
        help: 'Envoyé une seule fois à Auth0 et jamais réaffiché.',
        editHelp:
          'Laissez vide pour conserver le secret actuel. Auth0 ne le renvoie jamais : il n’est donc pas affiché ici.',
        editHelpRequired:
          'Laissez vide pour conserver le secret actuel. Pour modifier les autres paramètres de connexion, saisissez-le de nouveau : Auth0 en a besoin avec eux.',
        show: 'Afficher le secret client',
      },
      domain: {
        okta: { label: 'Domaine Okta', help: 'Par exemple acme.okta.com.' },
        'google-apps': { label: 'Domaine Google Workspace', help: 'Par exemple acme.com.' },
      },
      tenantDomain: { label: 'Domaine du tenant', help: 'Par exemple acme.onmicrosoft.com.' },
      pingBaseUrl: {
        label: 'URL du serveur PingFederate',
        help: 'Par exemple https://sso.acme.com:9031.',
      },
      chooseFile: 'Choisir un fichier',
      locked: 'Verrouillé : l’administrateur du tenant Auth0 gère ces paramètres.',
    },
    metadataProblems: {
      empty: 'Le fichier est vide.',
      'too-large':
        'Le fichier dépasse 1 Mo. Les métadonnées d’un IdP font en général quelques Ko : vérifiez le fichier.',
      html: 'Ceci est une page Web, pas un document de métadonnées. Téléchargez le XML depuis votre IdP et importez-le.',
      dtd: 'Ce fichier contient un DOCTYPE ou des déclarations d’entités. Ces fichiers sont refusés par sécurité : exportez de nouveau les métadonnées sans eux.',
      malformed:
        'Ce fichier n’est pas un XML bien formé. Téléchargez-le de nouveau depuis votre IdP.',
      'not-metadata':
        'Ce XML n’est pas un document de métadonnées SAML. Importez les métadonnées de votre IdP.',
      'sp-metadata':
        'Ce sont les métadonnées d’un fournisseur de services (SP), pas celles de votre IdP. Demandez les métadonnées de l’IdP à votre administrateur.',
      'no-sso-url':
        'Les métadonnées ne contiennent pas d’URL de connexion (SingleSignOnService). Demandez des métadonnées complètes à votre administrateur IdP.',
      'no-certificate':
        'Les métadonnées ne contiennent pas de certificat de signature. Saisissez plutôt le certificat à la main.',
      unreadable: 'Le fichier n’a pas pu être lu. Réessayez.',
      'insecure-sso-url':
        'L’URL de connexion des métadonnées n’est pas une adresse https:// et ne peut pas être utilisée. Demandez à l’administrateur de votre IdP des métadonnées avec une URL de connexion https, ou saisissez les informations de connexion à la main.',
    },
    certificateProblems: {
      empty: 'Le fichier est vide.',
      'not-certificate':
        'Ceci n’est pas un certificat. Importez le certificat de signature de l’IdP (.pem, .cer ou .crt).',
      'private-key':
        'Ceci est une clé privée, pas un certificat. Ne partagez jamais une clé privée : importez le certificat de signature public de l’IdP (.pem, .cer ou .crt).',
      malformed:
        'Ce certificat est endommagé et illisible. Exportez-le de nouveau depuis votre IdP.',
      unreadable: 'Le fichier n’a pas pu être lu. Réessayez.',
    },
    details: {
      heading: 'Nom et affichage',
      name: {
        label: 'Nom de la connexion',
        help: 'Lettres, chiffres et traits d’union, en commençant et finissant par une lettre ou un chiffre. 128 caractères au maximum.',
        permanent: 'Le nom de la connexion ne pourra plus être modifié.',
        samlNote:
          'Il fait partie de l’URL ACS et de l’ID d’entité transmis à votre administrateur IdP.',
        locked: 'Le nom de la connexion ne peut pas être modifié.',
      },
      displayName: {
        label: 'Nom affiché',
        help: 'Ce que voient les utilisateurs sur le bouton de connexion, par ex. « Employés Acme ». Facultatif, 128 caractères au maximum.',
      },
      showAsButton: {
        label: 'Afficher comme bouton sur la page de connexion',
        help: 'Les utilisateurs peuvent aussi être orientés ici par le domaine de leur e-mail.',
      },
      assignMembership: {
        label: 'Rendre les utilisateurs membres de l’organisation à leur connexion',
        help: 'Les personnes qui se connectent par ce fournisseur rejoignent automatiquement votre organisation.',
      },
    },
    domains: {
      heading: 'Associer vos domaines',
      help: 'Les personnes dont l’e-mail se termine par un domaine associé sont envoyées vers ce fournisseur à la connexion. Seuls les domaines vérifiés peuvent être associés.',
      legend: 'Domaines vérifiés',
      none: 'Votre organisation n’a pas encore de domaine vérifié. Vous pourrez les associer plus tard.',
      unverifiedHeading: 'Pas encore vérifiés',
      unverifiedHelp: 'Vérifiez-les sur la page des domaines avant de les associer :',
      verify: 'Vérifier {domain}',
      noPermission:
        'Associer des domaines nécessite l’autorisation create:my_org:identity_providers_domains : aucun ne sera donc associé.',
      noReadPermission:
        'Votre accès ne permet pas de lire les domaines de l’organisation (read:my_org:domains).',
      loading: 'Chargement des domaines…',
      paced:
        'Les domaines sont associés l’un après l’autre, pour respecter la limite de débit de l’API.',
    },
    review: {
      heading: 'Vérifier et {action}',
      actionCreate: 'créer',
      actionSave: 'enregistrer',
      edit: 'Modifier',
      editStep: 'Modifier {step}',
      provider: 'Fournisseur',
      secretMasked: '•••••••• (masqué)',
      secretUnchanged: 'Inchangé',
      notSet: 'Non défini',
      yes: 'Oui',
      no: 'Non',
      domainsNone: 'Aucun',
      certificate: '{subject}, valide jusqu’au {date}',
      metadataFile: 'Fichier importé {file}',
      noChanges: 'Rien n’a encore été modifié.',
      fields: {
        samlSource: 'Source',
        metadataUrl: 'URL des métadonnées',
        signInEndpoint: 'URL de connexion',
        signingCert: 'Certificat de signature',
        signSAMLRequest: 'Signer les demandes',
        signatureAlgorithm: 'Algorithme de signature',
        digestAlgorithm: 'Algorithme de condensat',
        protocolBinding: 'Liaison de la demande',
        discoveryUrl: 'URL de découverte',
        oidcType: 'Canal',
        clientId: 'ID client',
        clientSecret: 'Secret client',
        domain: 'Domaine',
        tenantDomain: 'Domaine du tenant',
        adfsServer: 'URL du serveur ADFS',
        metadataXml: 'Fichier de métadonnées',
        pingBaseUrl: 'URL du serveur',
        name: 'Nom de la connexion',
        displayName: 'Nom affiché',
        showAsButton: 'Afficher comme bouton',
        assignMembershipOnLogin: 'Attribuer l’adhésion à la connexion',
        domains: 'Domaines associés',
      },
    },
    actions: {
      next: 'Continuer',
      back: 'Retour',
      cancel: 'Annuler',
      create: 'Créer le fournisseur d’identité',
      creating: 'Création…',
      save: 'Enregistrer les modifications',
      saving: 'Enregistrement…',
      linking: 'Association de {domain} ({current} sur {total})…',
      retryLinks: 'Associer les domaines restants',
      finish: 'Terminer',
    },
    leave: {
      title: 'Quitter sans enregistrer ?',
      description: 'Ce que vous avez saisi dans cette configuration sera perdu.',
      stay: 'Continuer la saisie',
      leave: 'Quitter',
    },
    validation: {
      strategyRequired: 'Choisissez le type de fournisseur d’identité.',
      nameRequired: 'Saisissez un nom de connexion.',
      nameTooLong: '128 caractères au maximum.',
      namePattern:
        'Utilisez uniquement des lettres, des chiffres et des traits d’union, en commençant et finissant par une lettre ou un chiffre (pas d’espace ni de double trait d’union).',
      displayNameTooLong: '128 caractères au maximum.',
      urlRequired: 'Saisissez l’URL.',
      urlInvalid: 'Saisissez une adresse https:// complète, comme https://idp.acme.com/metadata.',
      domainRequired: 'Saisissez le domaine.',
      domainInvalid:
        'Saisissez seulement un nom de domaine, comme acme.okta.com (sans https:// ni chemin).',
      clientIdRequired: 'Saisissez l’ID client.',
      tooLong:
        'C’est plus long que toute valeur émise par un fournisseur d’identité : 2 048 caractères au maximum.',
      secretRequired: 'Saisissez le secret client.',
      secretRequiredToChange:
        'Saisissez de nouveau le secret client pour modifier ces paramètres : Auth0 en a besoin avec eux.',
      certificateRequired: 'Importez le certificat de signature.',
      certificateInvalid: 'Ce certificat est illisible. Importez un fichier .pem, .cer ou .crt.',
      metadataRequired: 'Importez le fichier de métadonnées.',
    },
    errors: {
      duplicateName:
        'Un fournisseur d’identité porte déjà ce nom dans ce tenant. Choisissez un autre nom de connexion.',
      discovery:
        'Auth0 n’a pas pu lire le document de découverte du fournisseur{detail}. Vérifiez l’URL, et que le fournisseur est joignable depuis Internet.',
      linkFailed:
        'Le fournisseur d’identité a été créé, mais {count, plural, one {# domaine n’a} other {# domaines n’ont}} pas pu être associé(s) : {domains}.',
      stepHasErrors: 'Corrigez les champs signalés pour continuer.',
    },
    success: {
      created: '{name} a été créé.',
      updated: 'Les modifications de {name} ont été enregistrées.',
    },
  },
  invitationLogin: {
    redirecting: {
      title: 'Redirection vers la connexion…',
      invited:
        'Vous avez été invité(e) à rejoindre {organization}. Connectez-vous ou créez votre compte pour accepter.',
      plain: 'Un instant, nous ouvrons la page de connexion.',
    },
    invalid: {
      title: 'Ce lien d’invitation ne fonctionne pas',
      description:
        'Le lien est incomplet ou a été modifié. Ouvrez-le de nouveau depuis l’e-mail d’invitation, ou demandez une nouvelle invitation à votre administrateur.',
    },
    absent: {
      title: 'Aucune invitation dans ce lien',
      description:
        'Cette page accepte les invitations, mais ce lien n’en contient aucune. Ouvrez le lien de votre e-mail d’invitation.',
    },
    failed: {
      title: 'Impossible d’ouvrir la page de connexion',
      description: 'Vérifiez votre connexion, puis réessayez.',
      retry: 'Réessayer',
    },
  },
  rolePicker: {
    label: 'Rechercher un rôle',
    help: 'Saisissez une partie du nom d’un rôle pour chercher parmi tous les rôles de l’organisation.',
    results: 'Rôles',
    add: 'Ajouter',
    addRole: 'Ajouter le rôle {role}',
    none: 'Aucun rôle ne correspond à « {query} ».',
    searching: 'Recherche des rôles…',
    alreadyHeld: 'Ajouté',
  },
  memberList: {
    title: 'Membres',
    description: 'Les personnes de votre organisation, leurs rôles et leur dernière connexion.',
    loading: 'Chargement des membres…',
    caption: 'Les membres de votre organisation',
    noAccess: {
      title: 'Vous n’avez pas accès aux membres de votre organisation',
      description:
        'Voir les membres nécessite l’autorisation read:my_org:members. Demandez l’accès à un administrateur de votre organisation.',
    },
    permissions: {
      missing: 'Non disponible avec votre accès : {actions}.',
      viewRoles: 'voir les rôles (nécessite read:my_org:member_roles)',
      assign: 'attribuer des rôles (nécessite create:my_org:member_roles)',
      unassign: 'retirer des rôles (nécessite delete:my_org:member_roles)',
      remove: 'retirer des membres (nécessite delete:my_org:memberships)',
    },
    filter: {
      label: 'Filtrer les membres',
      placeholder: 'Nom ou e-mail',
      helpPartial:
        '{count, plural, one {Cherche parmi le # membre chargé jusqu’ici} other {Cherche parmi les # membres chargés jusqu’ici}}, par nom ou e-mail. Affichez-en plus pour chercher plus loin.',
      helpAll:
        '{count, plural, one {Cherche parmi le # membre} other {Cherche parmi les # membres}}, par nom ou e-mail.',
      noMatch: 'Aucun membre chargé ne correspond à « {query} ».',
      matches: '{count, plural, =0 {Aucun résultat} one {# résultat} other {# résultats}}',
    },
    columns: {
      select: 'Sélectionner',
      member: 'Membre',
      roles: 'Rôles',
      lastLogin: 'Dernière connexion',
      joined: 'Arrivée',
      actions: 'Actions',
    },
    never: 'Jamais',
    unnamed: 'Membre sans nom',
    moreRoles: '+{count}',
    noRoles: 'Aucun rôle',
    you: 'Vous',
    select: 'Sélectionner {name}',
    selectAll: 'Sélectionner tous les membres affichés',
    empty: {
      title: 'Aucun membre pour l’instant',
      description:
        'Invitez des personnes dans votre organisation : elles apparaissent ici dès qu’elles acceptent.',
    },
    count: '{count, plural, =0 {Aucun membre} one {# membre affiché} other {# membres affichés}}',
    allLoaded: 'Tous les membres sont affichés.',
    loadingMore: 'Chargement d’autres membres…',
    selection: {
      count: '{count, plural, one {# membre sélectionné} other {# membres sélectionnés}}',
      remove: 'Retirer la sélection',
      clear: 'Tout désélectionner',
    },
    actions: {
      manage: 'Gérer {name}',
      manageShort: 'Gérer',
    },
    details: {
      close: 'Fermer',
      roles: 'Rôles',
      rolesLoading: 'Chargement des rôles…',
      noRoles: '{name} n’a encore aucun rôle.',
      moreRoles: 'Afficher plus de rôles',
      unassign: 'Retirer le rôle {role} à {name}',
      unassignShort: 'Retirer',
      assigned: '{role} a été attribué à {name}.',
      unassigned: '{role} a été retiré à {name}.',
      addRoles: 'Attribuer un rôle',
      lastLogin: 'Dernière connexion : {date}',
      joined: 'Arrivée : {date}',
      removeSection: 'Adhésion',
      removeHelp:
        'Retirer une personne met fin à son adhésion ; son compte utilisateur est conservé.',
      remove: 'Retirer de l’organisation',
    },
    remove: {
      title: 'Retirer {name} de l’organisation ?',
      titleMany:
        '{count, plural, one {Retirer # membre de l’organisation ?} other {Retirer # membres de l’organisation ?}}',
      description:
        'Ils perdent immédiatement l’accès à l’organisation. Leur compte utilisateur n’est pas supprimé et vous pourrez les inviter à nouveau.',
      self: 'C’est vous. Une fois retiré, vous perdez l’accès à cette organisation, y compris à cette page.',
      confirm: 'Retirer',
      confirmMany: '{count, plural, one {Retirer # membre} other {Retirer # membres}}',
      pending: 'Retrait {done} sur {total}…',
      removed: '{name} a été retiré de l’organisation.',
      removedMany:
        '{count, plural, one {# membre a été retiré} other {# membres ont été retirés}}.',
      partialTitle: 'Certains membres n’ont pas été retirés',
      partial:
        '{removed, plural, =0 {Aucun membre retiré} one {# membre retiré} other {# membres retirés}} ; {failed, plural, one {# ne l’a pas été} other {# ne l’ont pas été}} :',
      failure: '{name} : {reason}',
    },
  },
  invitationManager: {
    title: 'Invitations',
    description:
      'Invitez des personnes dans votre organisation et suivez les invitations pas encore acceptées.',
    loading: 'Chargement des invitations…',
    caption: 'Invitations pas encore acceptées',
    noAccess: {
      title: 'Vous n’avez pas accès aux invitations de votre organisation',
      description:
        'Voir les invitations nécessite l’autorisation read:my_org:member_invitations. Demandez l’accès à un administrateur de votre organisation.',
    },
    permissions: {
      missing: 'Non disponible avec votre accès : {actions}.',
      invite: 'inviter des personnes (nécessite create:my_org:member_invitations)',
      revoke: 'révoquer des invitations (nécessite delete:my_org:member_invitations)',
      roles: 'choisir des rôles (nécessite read:my_org:member_roles)',
    },
    invite: {
      legend: 'Inviter des personnes',
      addresses: 'Adresses e-mail',
      addressesHelp:
        'Collez ou saisissez autant d’adresses que vous voulez, séparées par des virgules, des espaces ou des retours à la ligne. Les doublons ne sont envoyés qu’une fois.',
      summary:
        '{count, plural, =0 {Aucune adresse à inviter pour l’instant} one {# adresse sera invitée} other {# adresses seront invitées}}',
      duplicates: '{count, plural, one {# doublon regroupé} other {# doublons regroupés}}',
      invalid:
        '{count, plural, one {Adresse non valide, elle ne sera pas envoyée :} other {Adresses non valides, elles ne seront pas envoyées :}} {addresses}',
      noAddress: 'Saisissez au moins une adresse e-mail valide.',
      roles: 'Rôles attribués à l’acceptation',
      noRolesChosen: 'Aucun rôle choisi : ils rejoignent l’organisation sans rôle.',
      removeRole: 'Ne pas attribuer {role}',
      tooManyRoles: 'Une invitation attribue au plus 10 rôles.',
      provider: 'Se connecter avec',
      anyProvider: 'La connexion habituelle de l’organisation',
      providerHelp: 'Facultatif : le fournisseur d’identité que les invités doivent utiliser.',
      lifetime: 'Lien valable (jours)',
      lifetimeHelp: 'De 1 à 30 jours.',
      lifetimeInvalid: 'Saisissez un nombre entier de jours, de 1 à 30.',
      submit:
        '{count, plural, =0 {Envoyer les invitations} one {Envoyer # invitation} other {Envoyer # invitations}}',
      pending: 'Envoi {done} sur {total}…',
      sent: '{count, plural, one {# invitation a été envoyée} other {# invitations ont été envoyées}}.',
      partialTitle: 'Certaines invitations n’ont pas été envoyées',
      resultSent: '{email} : invité',
      resultFailed: '{email} : {reason}',
    },
    columns: {
      select: 'Sélectionner',
      invitee: 'Invité',
      roles: 'Rôles',
      inviter: 'Invité par',
      sent: 'Envoyée',
      expires: 'Expire',
      actions: 'Actions',
    },
    expired: 'Expirée',
    pendingStatus: 'En attente',
    unknownInviter: '—',
    noRoles: 'Aucun rôle',
    select: 'Sélectionner l’invitation de {email}',
    empty: {
      title: 'Aucune invitation en attente',
      description: 'Les invitations envoyées apparaissent ici jusqu’à leur acceptation.',
    },
    count:
      '{count, plural, =0 {Aucune invitation} one {# invitation affichée} other {# invitations affichées}}',
    allLoaded: 'Toutes les invitations sont affichées.',
    loadingMore: 'Chargement d’autres invitations…',
    selection: {
      count: '{count, plural, one {# invitation sélectionnée} other {# invitations sélectionnées}}',
      revoke: 'Révoquer la sélection',
      clear: 'Tout désélectionner',
    },
    actions: {
      copy: 'Copier le lien d’invitation de {email}',
      copied: 'Le lien de {email} a été copié',
      resend: 'Renvoyer l’invitation à {email}',
      resendShort: 'Renvoyer',
      resending: 'Envoi…',
      resent: 'Une nouvelle invitation a été envoyée à {email}.',
      revoke: 'Révoquer l’invitation de {email}',
      revokeShort: 'Révoquer',
    },
    revoke: {
      title: 'Révoquer l’invitation de {email} ?',
      titleMany: '{count, plural, one {Révoquer # invitation ?} other {Révoquer # invitations ?}}',
      description:
        'Le lien cesse de fonctionner immédiatement. Vous pourrez les inviter à nouveau plus tard.',
      confirm: 'Révoquer',
      confirmMany: '{count, plural, one {Révoquer # invitation} other {Révoquer # invitations}}',
      pending: 'Révocation {done} sur {total}…',
      revoked:
        '{count, plural, one {# invitation a été révoquée} other {# invitations ont été révoquées}}.',
      partialTitle: 'Certaines invitations n’ont pas été révoquées',
      partial:
        '{revoked, plural, =0 {Aucune révoquée} one {# révoquée} other {# révoquées}} ; {failed, plural, one {# ne l’a pas été} other {# ne l’ont pas été}} :',
      failure: '{email} : {reason}',
    },
  },
} satisfies DeepPartial<MyOrgMessages>
