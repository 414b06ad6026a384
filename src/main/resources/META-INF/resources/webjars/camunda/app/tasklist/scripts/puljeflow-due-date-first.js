/*
 * Puljeflow: Tasklist lists tasks by due date, soonest first, unless the user chose another order.
 * Tasklist sorts by what the "sorting" parameter of its address says and falls back to "created";
 * this sets that parameter when it is missing. A user's own choice (clicking the sort control) is
 * kept, because it is then in the address. Loaded through requireJsConfig in config.js.
 */
define(['angular'], function(angular) {
  'use strict';

  var DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

  return angular.module('puljeflow.dueDateFirst', []).run(['$rootScope', '$location',
    function($rootScope, $location) {
      function dueDateUnlessChosen() {
        if ($location.path().indexOf('/login') !== 0 && !$location.search().sorting) {
          $location.search('sorting', DUE_DATE_FIRST).replace();
        }
      }
      $rootScope.$on('$locationChangeStart', dueDateUnlessChosen);
      dueDateUnlessChosen();
    }
  ]);
});
