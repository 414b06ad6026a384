/*
 * Puljeflow: shows Tasklist's dates in the language Tasklist shows its labels in: relative dates
 * ("om en måned", "for 2 minutter siden"), formatted dates and the date picker. Loaded through
 * requireJsConfig in config.js; the names and the first day of the week come from the dateLocales
 * of locales/<lang>.json.
 *
 * Why: Camunda 7.24 defines the date locale (moment) from each locales/<lang>.json as it arrives,
 * and moment makes the last one defined the global locale. A Danish browser loads da.json and the
 * fallback en.json, so whichever answer comes last wins: on a first visit the dates were often
 * English. The date picker (AngularJS $locale) is always English otherwise.
 */
define(['angular'], function(angular) {
  'use strict';

  return angular.module('puljeflow.dateLocale', []).run([
    '$rootScope', '$translate', '$locale', 'moment', 'amMoment',
    function($rootScope, $translate, $locale, moment, amMoment) {
      function followTasklistLanguage() {
        var language = $translate.use();
        if (!language || moment.locales().indexOf(language) < 0) {
          return; // its locale file has not arrived yet; called again when it has
        }
        if (moment.locale() !== language) {
          amMoment.changeLocale(language); // also refreshes the relative dates already shown
        }
        if (language !== 'en') {
          datePickerSpeaks(moment.localeData(language));
        }
      }

      // The date picker names months and days through AngularJS's $locale (en-us by default).
      function datePickerSpeaks(names) {
        var formats = $locale.DATETIME_FORMATS;
        formats.MONTH = names.months().slice();
        formats.STANDALONEMONTH = names.months().slice();
        formats.SHORTMONTH = names.monthsShort().slice();
        formats.DAY = names.weekdays().slice();
        formats.SHORTDAY = names.weekdaysShort().slice();
        formats.FIRSTDAYOFWEEK = (names.firstDayOfWeek() + 6) % 7; // AngularJS counts from Monday
      }

      $rootScope.$on('$translateLoadingEnd', followTasklistLanguage);
      $rootScope.$on('$translateChangeEnd', followTasklistLanguage);
      followTasklistLanguage();
    }
  ]);
});
