module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>, %arg3: tensor<15xf32>, %arg4: tensor<15xf32>, %arg5: tensor<15xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}, %arg8: tensor<15xf32> {iree.abi.output = 1 : index}, %arg9: tensor<15xf32> {iree.abi.output = 2 : index}, %arg10: tensor<15xf32> {iree.abi.output = 3 : index}, %arg11: tensor<15xf32> {iree.abi.output = 4 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<15xf32> {jax.result_info = "result[1]"}, tensor<15xf32> {jax.result_info = "result[2]"}, tensor<15xf32> {jax.result_info = "result[3]"}, tensor<15xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<15xf32>
    %6 = stablehlo.add %5, %arg4 : tensor<15xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %8 = stablehlo.divide %6, %7 : tensor<15xf32>
    %9 = call @_where_0(%3, %8, %5) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %11 = call @_where_0(%3, %10, %6) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %12 = chlo.square %9 : tensor<15xf32> -> tensor<15xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_5) applies stablehlo.add across dimensions = [0] : (tensor<15xf32>, tensor<f32>) -> tensor<f32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.reduce(%14 init: %cst_6) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %16 = stablehlo.sqrt %15 : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %17 = stablehlo.divide %cst_7, %16 : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %18 = stablehlo.minimum %17, %cst_8 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %19 = stablehlo.multiply %cst_9, %18 : tensor<f32>
    %20 = stablehlo.bitcast_convert %16 : (tensor<f32>) -> tensor<i32>
    %c_10 = stablehlo.constant dense<2139095040> : tensor<i32>
    %21 = stablehlo.and %20, %c_10 : tensor<i32>
    %c_11 = stablehlo.constant dense<2139095040> : tensor<i32>
    %22 = stablehlo.compare NE, %21, %c_11, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst_12 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %23 = call @_where_1(%22, %19, %cst_12) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %25 = stablehlo.multiply %9, %24 : tensor<15xf32>
    %c_13 = stablehlo.constant dense<1> : tensor<i32>
    %26 = stablehlo.add %0, %c_13 : tensor<i32>
    %27 = stablehlo.convert %26 : (tensor<i32>) -> tensor<f32>
    %cst_14 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %28 = stablehlo.abs %cst_14 : tensor<f32>
    %29 = stablehlo.power %28, %27 : tensor<f32>
    %30 = stablehlo.floor %27 : tensor<f32>
    %31 = stablehlo.compare EQ, %30, %27, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %32 = stablehlo.abs %27 : tensor<f32>
    %c_15 = stablehlo.constant dense<2> : tensor<i32>
    %33 = call @remainder_2(%32, %c_15) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %34 = stablehlo.compare EQ, %33, %cst_16, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %35 = stablehlo.and %31, %34 : tensor<i1>
    %cst_17 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %36 = stablehlo.compare LT, %cst_17, %cst_18, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %37 = stablehlo.and %36, %35 : tensor<i1>
    %38 = stablehlo.negate %29 : tensor<f32>
    %39 = call @_where_1(%37, %38, %29) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_19 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %40 = stablehlo.compare LT, %cst_19, %cst_20, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %41 = stablehlo.not %31 : tensor<i1>
    %42 = stablehlo.and %40, %41 : tensor<i1>
    %cst_21 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %43 = stablehlo.power %cst_21, %27 : tensor<f32>
    %44 = call @_where_1(%42, %43, %39) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %45 = stablehlo.compare EQ, %27, %cst_22, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %46 = call @_where_1(%45, %cst_23, %44) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_24 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %47 = stablehlo.abs %cst_24 : tensor<f32>
    %48 = stablehlo.power %47, %27 : tensor<f32>
    %49 = stablehlo.floor %27 : tensor<f32>
    %50 = stablehlo.compare EQ, %49, %27, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %51 = stablehlo.abs %27 : tensor<f32>
    %c_25 = stablehlo.constant dense<2> : tensor<i32>
    %52 = call @remainder_2(%51, %c_25) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %53 = stablehlo.compare EQ, %52, %cst_26, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %54 = stablehlo.and %50, %53 : tensor<i1>
    %cst_27 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %55 = stablehlo.compare LT, %cst_27, %cst_28, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %56 = stablehlo.and %55, %54 : tensor<i1>
    %57 = stablehlo.negate %48 : tensor<f32>
    %58 = call @_where_1(%56, %57, %48) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_29 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %59 = stablehlo.compare LT, %cst_29, %cst_30, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %60 = stablehlo.not %50 : tensor<i1>
    %61 = stablehlo.and %59, %60 : tensor<i1>
    %cst_31 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %62 = stablehlo.power %cst_31, %27 : tensor<f32>
    %63 = call @_where_1(%61, %62, %58) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %64 = stablehlo.compare EQ, %27, %cst_32, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %65 = call @_where_1(%64, %cst_33, %63) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %66 = stablehlo.subtract %cst_34, %65 : tensor<f32>
    %67 = stablehlo.sqrt %66 : tensor<f32>
    %68 = stablehlo.multiply %arg6, %67 : tensor<f32>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %69 = stablehlo.subtract %cst_35, %46 : tensor<f32>
    %70 = stablehlo.divide %68, %69 : tensor<f32>
    %71 = stablehlo.subtract %25, %arg2 : tensor<15xf32>
    %cst_36 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %73 = stablehlo.multiply %71, %72 : tensor<15xf32>
    %74 = stablehlo.add %arg2, %73 : tensor<15xf32>
    %75 = chlo.square %25 : tensor<15xf32> -> tensor<15xf32>
    %76 = stablehlo.subtract %75, %arg3 : tensor<15xf32>
    %cst_37 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %78 = stablehlo.multiply %76, %77 : tensor<15xf32>
    %79 = stablehlo.add %arg3, %78 : tensor<15xf32>
    %80 = stablehlo.broadcast_in_dim %70, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %81 = stablehlo.multiply %74, %80 : tensor<15xf32>
    %82 = stablehlo.sqrt %79 : tensor<15xf32>
    %cst_38 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %84 = stablehlo.add %82, %83 : tensor<15xf32>
    %85 = stablehlo.divide %81, %84 : tensor<15xf32>
    %86 = stablehlo.subtract %arg1, %85 : tensor<15xf32>
    %87 = call @_where_0(%3, %86, %arg1) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %88 = call @_where_0(%3, %74, %arg2) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %89 = call @_where_0(%3, %79, %arg3) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %c_39 = stablehlo.constant dense<1> : tensor<i32>
    %90 = stablehlo.add %arg0, %c_39 : tensor<i32>
    return %90, %87, %88, %89, %11 : tensor<i32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>
  }
  func.func private @floor_divide(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.divide %arg0, %0 : tensor<i32>
    %2 = stablehlo.sign %arg0 : tensor<i32>
    %3 = stablehlo.sign %0 : tensor<i32>
    %4 = stablehlo.compare NE, %2, %3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.remainder %arg0, %0 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare NE, %5, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %4, %6 : tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.subtract %1, %c_0 : tensor<i32>
    %9 = call @_where(%7, %8, %1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<i1>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>) -> tensor<15xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<15xf32>
    return %0 : tensor<15xf32>
  }
  func.func private @_where_1(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_2(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
}
