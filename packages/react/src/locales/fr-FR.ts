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
    strategy: {
      adfs: 'Active Directory FS',
      'google-apps': 'Google Workspace',
      oidc: 'OpenID Connect',
      okta: 'Okta',
      pingfederate: 'PingFederate',
      samlp: 'SAML',
      waad: 'Microsoft Entra ID',
    },
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
      edit: 'Modifier {name}',
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
    strategies: {
      adfs: 'ADFS',
      googleApps: 'Google Workspace',
      oidc: 'OpenID Connect',
      okta: 'Okta',
      pingfederate: 'PingFederate',
      samlp: 'SAML',
      waad: 'Microsoft Entra ID',
    },
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
} satisfies DeepPartial<MyOrgMessages>
